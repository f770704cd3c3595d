#!/usr/bin/env python3
"""Checks the hand annotation of the devset200: the devset2 checker, run on
this folder. Run from anywhere: python3 tests/devset200/verify.py. Prints OK or the problems."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKER = os.path.join(HERE, "..", "devset2", "verify.py")
sys.exit(subprocess.call([sys.executable, CHECKER, HERE]))
