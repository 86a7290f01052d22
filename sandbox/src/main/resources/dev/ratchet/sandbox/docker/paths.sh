# Resolves workspace paths inside the container, where the symlinks live. Called as
#   sh -c "$(cat paths.sh)" paths MODE ROOT REL     (REL is already lexically normalized, "" = root)
# and prints a status line (then, for some modes, a result). Symlinks are followed with realpath, and
# the real path must stay below ROOT.
mode=$1 root=$2 rel=$3
p="$root${rel:+/$rel}"
inside() { case "$1" in "$root"|"$root"/*) return 0;; esac; return 1; }
case "$mode" in
read)
  r=$(realpath -m -- "$p") && inside "$r" || { echo escape; exit 0; }
  if [ -d "$r" ]; then echo dir; elif [ -f "$r" ]; then printf 'ok\n%s' "$r"; else echo missing; fi ;;
text)  # as read, then the content itself: one round trip for a small text file
  r=$(realpath -m -- "$p") && inside "$r" || { echo escape; exit 0; }
  if [ -d "$r" ]; then echo dir; elif [ -f "$r" ]; then echo ok; exec cat -- "$r"; else echo missing; fi ;;
write)
  if [ -L "$p" ] && [ ! -e "$p" ]; then echo broken; exit 0; fi
  r=$(realpath -m -- "$p") && inside "$r" || { echo escape; exit 0; }
  if [ "$r" = "$root" ] || [ -d "$r" ]; then echo dir; exit 0; fi
  mkdir -p -- "$(dirname -- "$r")" 2>/dev/null || { echo notdir; exit 0; }
  r2=$(realpath -m -- "$p") && inside "$r2" || { echo escape; exit 0; }
  printf 'ok\n%s' "$r2" ;;
delete)
  [ -n "$rel" ] || { echo dir; exit 0; }
  d=$(realpath -m -- "$(dirname -- "$p")") && inside "$d" || { echo escape; exit 0; }
  t="$d/$(basename -- "$p")"
  if [ -d "$t" ] && [ ! -L "$t" ]; then echo dir; exit 0; fi
  rm -f -- "$t" 2>/dev/null && echo ok || echo denied ;;
list)
  r=$(realpath -m -- "$p") && inside "$r" || { echo escape; exit 0; }
  if [ ! -d "$r" ]; then if [ -e "$r" ]; then echo notdir; else echo missing; fi; exit 0; fi
  echo ok
  # Regular files, and symlinks to regular files inside the workspace; symlinked dirs are not entered.
  find "$r" -mindepth 1 \( -name .git -prune \) -o -type f -printf '%p\0' -o -type l -exec sh -c '
    for f; do t=$(realpath -e -- "$f" 2>/dev/null) && [ -f "$t" ] && case "$t" in "$0"/*) printf "%s\0" "$f";; esac; done
  ' "$root" {} +
  exit 0 ;; # find fails on a file deleted while it walks: what it listed is still right
digest)  # what list lists, as "sha1  path\0" each (sha1sum -z: NUL-terminated, names not escaped)
  r=$(realpath -m -- "$p") && inside "$r" || { echo escape; exit 0; }
  if [ ! -d "$r" ]; then if [ -e "$r" ]; then echo notdir; else echo missing; fi; exit 0; fi
  echo ok
  find "$r" -mindepth 1 \( -name .git -prune \) -o -type f -exec sha1sum -z -- {} + -o -type l -exec sh -c '
    for f; do t=$(realpath -e -- "$f" 2>/dev/null) && [ -f "$t" ] && case "$t" in "$0"/*) sha1sum -z -- "$f";; esac; done
  ' "$root" {} + 2>/dev/null
  exit 0 ;; # a file deleted while find walks or before sha1sum reads it is left out
*) echo "unknown mode $mode" >&2; exit 2 ;;
esac
