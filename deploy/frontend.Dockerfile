# The SPA, built once and served by nginx with /api proxied to the backend.
FROM node:20 AS build
WORKDIR /src
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm ci --no-audit --no-fund
COPY openapi.yaml .
COPY frontend frontend
RUN cd frontend && npm run build

FROM nginx:1.27-alpine
# filled in at start from the environment (the image's envsubst of /etc/nginx/templates)
ENV KEYCLOAK_ORIGIN=http://localhost:8180 BACKEND_URL=http://backend:8080
COPY deploy/nginx/default.conf.template /etc/nginx/templates/default.conf.template
COPY --from=build /src/frontend/dist /usr/share/nginx/html
# Non-root (the image's nginx user, uid 101): it writes only the filled-in template, its pid file
# and its caches, which Kubernetes mounts as emptyDirs over a read-only root filesystem
RUN chown -R nginx:nginx /var/cache/nginx /etc/nginx/conf.d \
    && touch /var/run/nginx.pid && chown nginx:nginx /var/run/nginx.pid
USER 101
EXPOSE 8080
