#!/usr/bin/env bash
# Vendors the pinned USWDS build into static/vendor/uswds so that running the
# application never needs node. Re-run after changing USWDS_VERSION.
set -euo pipefail

USWDS_VERSION="${USWDS_VERSION:-3.14.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/static/vendor/uswds"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v npm >/dev/null || { echo "npm is needed to vendor USWDS (only for this step)" >&2; exit 1; }
(cd "$work" && npm pack --silent "@uswds/uswds@${USWDS_VERSION}" >/dev/null && tar xzf uswds-uswds-*.tgz)

rm -rf "$dest"
mkdir -p "$dest"
cp -R "$work/package/dist/css" "$work/package/dist/js" "$work/package/dist/img" "$work/package/dist/fonts" "$dest/"
find "$dest" -name '*.map' -delete
cp "$work/package/LICENSE.md" "$dest/LICENSE.md"
echo "$USWDS_VERSION" > "$dest/VERSION"
echo "USWDS $USWDS_VERSION vendored into ${dest#"$root"/}"
