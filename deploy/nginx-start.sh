#!/bin/sh
# The images' command: nginx in the foreground, on port 8080, or on $PORT when it is set. A container run
# with `docker run --network=host` shares the host's ports, so there the port is chosen at run time; nginx
# reads no environment, so the shipped config is then copied to /tmp with only its listen port changed.
set -eu

port="${PORT:-8080}"
case "$port" in
  '' | *[!0-9]* | 0*) port_ok=no ;;
  *) if [ "$port" -le 65535 ]; then port_ok=yes; else port_ok=no; fi ;;
esac
if [ "$port_ok" = no ]; then
  echo "vitrine-nginx: PORT=\"$port\" is not a port: expected a number from 1 to 65535 (default 8080)" >&2
  exit 64
fi

if [ "$port" = 8080 ]; then
  exec nginx -e stderr -g 'daemon off;'
fi

# The per-client config has its listen lines in nginx.conf; the many-clients one in the server blocks
# the build wrote (sites.conf), which nginx.conf includes.
sites=/usr/share/nginx/clients/nginx.conf
conf=/tmp/vitrine-nginx
mkdir -p "$conf"
sed -e "s/listen 8080\\b/listen $port/" -e "s#include $sites;#include $conf/sites.conf;#" /etc/nginx/nginx.conf >"$conf/nginx.conf"
if [ -f "$sites" ]; then
  sed -e "s/listen 8080\\b/listen $port/" "$sites" >"$conf/sites.conf"
fi
exec nginx -e stderr -c "$conf/nginx.conf" -g 'daemon off;'
