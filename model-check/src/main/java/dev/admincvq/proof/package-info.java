/** What the proof models establish, theorem by theorem, and what they leave unchecked. */
package dev.admincvq.proof;
