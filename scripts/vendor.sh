#!/usr/bin/env bash
# Vendors the pinned USWDS and Chart.js builds into static/vendor/ so that running the
# application never needs node. Re-run after changing USWDS_VERSION or CHARTJS_VERSION.
set -euo pipefail

USWDS_VERSION="${USWDS_VERSION:-3.14.0}"
CHARTJS_VERSION="${CHARTJS_VERSION:-4.6.2}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

strip_map_comments() {
	find "$1" \( -name '*.css' -o -name '*.js' \) -exec \
		sed -i -E '\,^/[*/]# sourceMappingURL=[^ ]+\.map( \*/)?$,d' {} +
}

command -v npm >/dev/null || { echo "npm is needed to vendor USWDS and Chart.js (only for this step)" >&2; exit 1; }

# USWDS: the built CSS, JS, images and fonts.
dest="$root/static/vendor/uswds"
mkdir -p "$work/uswds"
(cd "$work/uswds" && npm pack --silent "@uswds/uswds@${USWDS_VERSION}" >/dev/null && tar xzf uswds-uswds-*.tgz)
rm -rf "$dest"
mkdir -p "$dest"
cp -R "$work/uswds/package/dist/css" "$work/uswds/package/dist/js" "$work/uswds/package/dist/img" "$work/uswds/package/dist/fonts" "$dest/"
find "$dest" -name '*.map' -delete
# The source maps are not shipped, so drop the comments naming them: collectstatic's
# manifest storage refuses a file that refers to one it cannot find.
strip_map_comments "$dest"
cp "$work/uswds/package/LICENSE.md" "$dest/LICENSE.md"
echo "$USWDS_VERSION" > "$dest/VERSION"
echo "USWDS $USWDS_VERSION vendored into ${dest#"$root"/}"

# Chart.js: the minified UMD build only (it defines window.Chart).
dest="$root/static/vendor/chartjs"
mkdir -p "$work/chartjs"
(cd "$work/chartjs" && npm pack --silent "chart.js@${CHARTJS_VERSION}" >/dev/null && tar xzf chart.js-*.tgz)
rm -rf "$dest"
mkdir -p "$dest"
cp "$work/chartjs/package/dist/chart.umd.min.js" "$dest/chart.umd.min.js"
strip_map_comments "$dest"
cp "$work/chartjs/package/LICENSE.md" "$dest/LICENSE.md"
echo "$CHARTJS_VERSION" > "$dest/VERSION"
echo "Chart.js $CHARTJS_VERSION vendored into ${dest#"$root"/}"
