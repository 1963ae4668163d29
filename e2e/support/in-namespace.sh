#!/bin/sh
# Starts the browser $SG_BROWSER with its arguments in a private mount namespace in which the
# folder $SG_BIND_SOURCE is mounted over $SG_BIND_TARGET. Only this browser process and its
# children see the change: the real folder, the machine and any other browser are untouched,
# and the mount disappears with the process. Used by e2e/support/policy.ts to give one browser
# an organisation's policy file in the folder where the browser reads it.
# As root this needs no more than `unshare --mount`; otherwise a user namespace maps the user
# to root inside it (unprivileged user namespaces must be allowed).
set -eu
inner='mount --bind "$SG_BIND_SOURCE" "$SG_BIND_TARGET" && exec "$SG_BROWSER" "$@"'
if [ "$(id -u)" = 0 ]; then
  exec unshare --mount --propagation private sh -c "$inner" browser "$@"
fi
exec unshare --user --map-root-user --mount --propagation private sh -c "$inner" browser "$@"
