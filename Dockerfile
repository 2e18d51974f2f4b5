# lede: multi-stage image.  The build stage runs the README's commands
# (tools/deps.sh, a Release cmake build); the runtime stage is Debian slim with
# only the shared libraries and data the binaries use, running as a non-root
# user.  debian:bookworm-slim comes from a registry, or where there is none
# from tools/base-image.sh (debootstrap + podman import under the same tag).
# tools/container-test.sh builds and runs this file unchanged.

FROM debian:bookworm-slim AS build
WORKDIR /src
# Dependencies first, so the package layer is reused while the sources change.
COPY tools/deps.sh tools/deps.sh
RUN tools/deps.sh run && rm -rf /var/lib/apt/lists/*
COPY . .
RUN cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DLEDE_TESTS=OFF \
 && cmake --build build -j"$(nproc)" --target lede-server lede \
 && strip build/lede-server build/lede

FROM debian:bookworm-slim
# Runtime libraries of the two binaries (libmicrohttpd, jansson, libxml2,
# utf8proc; zlib1g for gzip is already in every Debian image, being
# Priority: required) and the data packages the lexicons read at load: iso-codes (ISO
# 3166 and 4217 tables) and wordnet-base.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
        libmicrohttpd12 libjansson4 libxml2 libutf8proc2 iso-codes wordnet-base \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*
RUN groupadd --gid 10001 lede \
 && useradd --no-log-init --uid 10001 --gid lede --home-dir /nonexistent --no-create-home \
        --shell /usr/sbin/nologin lede
COPY --from=build /src/build/lede-server /src/build/lede /usr/local/bin/
COPY --from=build /src/data/ /usr/share/lede/
# Fails the build here, not at deploy time, if a shared library is missing.
RUN lede-server --version && lede --help >/dev/null

# Every lede-server setting is a LEDE_* variable (lede-server --help lists
# them); these are the ones a container needs to differ from the defaults.
ENV LEDE_DATA_DIR=/usr/share/lede \
    LEDE_BIND=0.0.0.0 \
    LEDE_PORT=8080 \
    LEDE_LOG_LEVEL=info
USER 10001:10001
EXPOSE 8080
# No curl or wget in the image: bash's /dev/tcp sends one GET /healthz.
# (No --start-period: dockerfilelint 1.8 rejects it; 3 retries x 15 s cover
# the model load.)
HEALTHCHECK --interval=15s --timeout=3s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${LEDE_PORT:-8080} && printf 'GET /healthz HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && read -r -t 2 _ code _ <&3 && [ \"$code\" = 200 ]"]
# SIGTERM: lede-server stops accepting, finishes what is in flight, exits 0.
STOPSIGNAL SIGTERM
ENTRYPOINT ["lede-server"]
