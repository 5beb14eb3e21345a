"""The hand-written question set stays well formed and quotes its sources exactly."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_question_set_checks_clean() -> None:
    run = subprocess.run([sys.executable, str(HERE / "check.py")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "questions:" in run.stdout
