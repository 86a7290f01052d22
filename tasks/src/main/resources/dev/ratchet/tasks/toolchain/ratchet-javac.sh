#!/bin/bash
# javac through Ratchet's warm in-process compiler (JavacWorker), for Java test runs in local sandboxes.
# What the worker can't take (not reachable, an option it does not handle) goes to the real javac.
if [ -n "$RATCHET_JAVAC_ADDR" ]; then
  exec 4>&2 2>/dev/null # a refused connection is not worth a message
  if exec 3<>"/dev/tcp/${RATCHET_JAVAC_ADDR%:*}/${RATCHET_JAVAC_ADDR##*:}"; then
    exec 2>&4 4>&-
    { printf '%s\n%s\n%s\n' "$RATCHET_JAVAC_TOKEN" "$PWD" "$#"; printf '%s\0' "$@"; } >&3
    if IFS= read -r status <&3 && [ "$status" != fallback ]; then
      cat <&3 >&2 # javac's diagnostics, on stderr as javac writes them
      exit "$status"
    fi
    exec 3<&-
  else
    exec 2>&4 4>&-
  fi
fi
exec javac "$@"
