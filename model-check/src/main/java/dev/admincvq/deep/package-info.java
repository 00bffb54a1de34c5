/**
 * The deep tier of the matrix: every design of the matrix checked again at larger bounds (two VFs,
 * three submissions), safety only, with the MAC values' symmetry.
 */
package dev.admincvq.deep;
