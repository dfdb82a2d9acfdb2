# Sourced: makes sure commands exist, installing their Debian packages when missing and running as root.
# ensure_commands NAME...: each NAME is both the command and its package; says in one line what is still missing.
ensure_commands() {
  local missing=() name
  for name in "$@"; do command -v "$name" >/dev/null || missing+=("$name"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing ${missing[*]} (apt-get install)..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
      || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
  fi
  for name in "${missing[@]}"; do
    command -v "$name" >/dev/null || { echo "error: $name is required: apt-get install $name" >&2; return 1; }
  done
}
