# Sourced: makes sure commands exist, installing their Debian packages when missing and running as root.
# ensure_commands NAME...: each NAME is both the command and its package, or COMMAND:PACKAGE when they differ
# (node:nodejs); says in one line what is still missing.
ensure_commands() {
  local missing=() packages=() name
  for name in "$@"; do
    command -v "${name%%:*}" >/dev/null || { missing+=("${name%%:*}"); packages+=("${name#*:}"); }
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing ${packages[*]} (apt-get install)..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null 2>&1 \
      || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null; }
  fi
  local i
  for i in "${!missing[@]}"; do
    command -v "${missing[$i]}" >/dev/null || { echo "error: ${missing[$i]} is required: apt-get install ${packages[$i]}" >&2; return 1; }
  done
}
