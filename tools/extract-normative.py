#!/usr/bin/env python3
"""Lists the normative sentences (MUST, SHOULD, MAY, ...) of the virtio text that AdminVq.tla models.

Used once to draw up spec-tla/statements-adminvq.json, whose quotes are checked in; the build never
reads the virtio repository. Run with the git directory of a clone of oasis-tcs/virtio-spec and a
ref, e.g.

    tools/extract-normative.py /path/to/virtio-spec/.git v1.4-cs01 > /tmp/statements.json

and compare its output with the table's quotes when the text moves on. Each sentence is printed
with its file, the section it is in (the \\label of the nearest heading) and the text with LaTeX
markup reduced to the words the published document shows (\\field{x} -> x, $1$ -> 1, notes left
out).
"""
import json
import re
import subprocess
import sys

FILES = ["admin.tex", "admin-cmds-device-parts.tex", "admin-cmds-resource-objects.tex",
         "admin-cmds-capabilities.tex", "content.tex"]
# content.tex: only these sections (the owner device's status and reset)
CONTENT_SECTIONS = ("Basic Facilities of a Virtio Device / Device Status Field",
                    "Basic Facilities of a Virtio Device / Device Reset")
KEYWORD = re.compile(r"\b(MUST|SHOULD|MAY|SHALL|REQUIRED|RECOMMENDED|OPTIONAL)\b")
HEADING = re.compile(r"\\(?:sub)*(?:section|paragraph)\*?\{.*?\}\\label\{sec:([^}]*)\}"
                     r"|\\(?:device|driver)normative\{\\\w+\}\{[^}]*\}\{([^}]*)\}")


def plain(text):
    text = re.sub(r"\\begin\{note\}.*?\\end\{note\}", " ", text, flags=re.S)
    text = re.sub(r"\\begin\{lstlisting\}.*?\\end\{lstlisting\}", " ", text, flags=re.S)
    text = re.sub(r"\\label\{[^}]*\}", "", text)
    text = re.sub(r"\\ref\{sec:([^}]*)\}(~\\nameref\{[^}]*\})?", lambda m: "[" + m.group(1) + "]", text)
    text = re.sub(r"\\hyperref\[[^]]*\]\{([^}]*)\}", r"\1", text)
    text = re.sub(r"\\(field|em|emph|textbf|texttt)\{([^}]*)\}", r"\2", text)
    text = re.sub(r"\$([^$]*)\$", r"\1", text)
    text = re.sub(r"\\(begin|end)\{(itemize|enumerate|description)\}", " ", text)
    text = re.sub(r"\\item(\[[^]]*\])?", " ", text)
    text = text.replace("\\_", "_").replace("~", " ").replace("``", "\"").replace("''", "\"")
    return re.sub(r"\s+", " ", text).strip()


def sentences(paragraph):
    return [s.strip() for s in re.split(r"(?<=[.])\s+(?=[A-Z])", paragraph) if s.strip()]


def main(git_dir, ref):
    commit = subprocess.check_output(["git", "--git-dir", git_dir, "rev-parse", ref + "^{commit}"], text=True).strip()
    out = []
    for name in FILES:
        text = subprocess.check_output(["git", "--git-dir", git_dir, "show", ref + ":" + name], text=True)
        section = ""
        for block in re.split(r"\n\s*\n", text):
            for h in HEADING.finditer(block):
                section = h.group(1) or h.group(2)
            if name == "content.tex" and not section.startswith(CONTENT_SECTIONS):
                continue
            body = HEADING.sub(" ", block)
            for s in sentences(plain(body)):
                if KEYWORD.search(s):
                    out.append({"file": name, "section": section, "quote": s})
    json.dump({"ref": ref, "commit": commit, "statements": out}, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
