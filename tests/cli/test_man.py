#!/usr/bin/env python3
"""Man pages (docs/man/*.1) against the programs' --help: each page renders
with groff without a warning, documents every option its program's --help
lists (and no option the program lacks), and has an EXAMPLES section.
Needs LEDE_CLI and LEDE_SERVER (cmake sets them) and groff (tools/deps.sh)."""
import os
import re
import shutil
import subprocess
import unittest

SRC = os.environ.get("LEDE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
MAN = os.path.join(SRC, "docs", "man")
PROGRAMS = {"lede": os.environ.get("LEDE_CLI", "build/lede"),
            "lede-server": os.environ.get("LEDE_SERVER", "build/lede-server")}
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")


def help_options(binary):
    p = subprocess.run([binary, "--help"], capture_output=True, timeout=30, check=False)
    options = p.stdout.decode().split("\nexamples:", 1)[0]  # the examples call other programs too
    return p.returncode, set(OPTION.findall(options))


def page_options(text):
    # roff writes a literal hyphen as \-; options are the --words in .TP tags
    tagged = set()
    lines = text.splitlines()
    for k, line in enumerate(lines):
        if line.startswith(".TP") and k + 1 < len(lines):
            tagged |= set(OPTION.findall(lines[k + 1].replace("\\-", "-")))
    return tagged


class ManPages(unittest.TestCase):
    def page(self, name):
        with open(os.path.join(MAN, name + ".1"), encoding="utf-8") as f:
            return f.read()

    @unittest.skipUnless(shutil.which("groff"), "groff is not installed (tools/deps.sh test installs it)")
    def test_render_without_warnings(self):
        for name in PROGRAMS:
            p = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", os.path.join(MAN, name + ".1")],
                               capture_output=True, timeout=30, check=False)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertEqual(p.stderr.decode(), "", name)

    def test_options_match_help(self):
        for name, binary in PROGRAMS.items():
            rc, from_help = help_options(binary)
            self.assertEqual(rc, 0, name)
            self.assertTrue(from_help, name)
            documented = page_options(self.page(name))
            self.assertEqual(sorted(from_help - documented), [], "%s: in --help, not in the man page" % name)
            self.assertEqual(sorted(documented - from_help), [], "%s: in the man page, not in --help" % name)

    def test_examples_for_each_use(self):
        for name, binary in PROGRAMS.items():
            text = self.page(name)
            self.assertIn(".SH EXAMPLES", text, name)
            examples = text.split(".SH EXAMPLES", 1)[1].split(".SH ", 1)[0]
            self.assertGreaterEqual(examples.count(".EX"), 3, name)
            out = subprocess.run([binary, "--help"], capture_output=True, timeout=30, check=False).stdout.decode()
            self.assertIn("example", out.lower(), "%s --help has no examples" % name)


if __name__ == "__main__":
    unittest.main()
