#!/bin/bash
# Runs a command against a real Secret Service of its own: a private D-Bus session, a fresh HOME
# and XDG folders, and gnome-keyring unlocked with a known password (an existing login keyring
# with another password would make writes fail). Usage: with-secret-service.sh COMMAND [ARGS...]
set -euo pipefail
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run" S2S_PRIVATE_SECRET_SERVICE=1
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Inside the session: start the keyring with only the secrets component, then the command. Not
# exec'd: the trap above removes the scratch folder afterwards.
dbus-run-session -- bash -c \
  'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
  with-secret-service "$@"
