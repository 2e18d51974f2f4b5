#!/bin/sh
# check.sh - the deployment files' static checks, quick enough for CI:
# dockerfilelint on the Dockerfile, and the Kubernetes manifests against the
# API schemas and lede's needs (deploy/validate.mjs).  Installs the npm tools
# pinned in tools/package.json (tools/node_modules, ignored by git) when
# missing.  The build-and-run proof is tools/container-test.sh.
set -eu
cd "$(dirname "$0")/.."
if [ ! -x tools/node_modules/.bin/dockerfilelint ] || [ ! -d tools/node_modules/kubernetes-models ]; then
    (cd tools && npm ci --no-audit --no-fund --silent)
fi
echo "deploy/check: dockerfilelint Dockerfile"
tools/node_modules/.bin/dockerfilelint Dockerfile
echo "deploy/check: Kubernetes manifests"
node deploy/validate.mjs
