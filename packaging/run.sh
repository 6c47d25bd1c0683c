#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds, writes the built-in demo project and opens it in the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset default
cmake --build --preset default
demo="${XDG_DATA_HOME:-$HOME/.local/share}/PetaKSD/contoh-banjar-2024.ksd"
mkdir -p "$(dirname "$demo")"
[ -f "$demo" ] || build/app/petaksd demo "$demo"
exec build/app/petaksd "$demo"
