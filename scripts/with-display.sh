#!/usr/bin/env bash
# Runs a command with a display. WebKitGTK's MiniBrowser has no headless mode,
# so where there is no display (CI, SSH) we start a virtual one with xvfb-run.
set -euo pipefail
if [[ -z "${DISPLAY:-}" ]] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" "$@"
fi
exec "$@"
