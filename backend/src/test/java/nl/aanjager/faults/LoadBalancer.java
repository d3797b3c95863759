package nl.aanjager.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as the load balancer in front of backend replicas, round robin on loopback, as
 * deploy/nginx does in front of one. A replica that refuses connections or fails before answering
 * is skipped and the request goes to the next (proxy_next_upstream error timeout); a request
 * already sent is not repeated by nginx (a POST may have been applied) — the client retries it,
 * with the same scan id or Idempotency-Key so that it is applied once.
 */
final class LoadBalancer implements AutoCloseable {
    private final Process nginx;
    private final int port;

    private LoadBalancer(Process nginx, int port) {
        this.nginx = nginx;
        this.port = port;
    }

    static LoadBalancer roundRobin(Path dir, List<String> replicas) throws IOException, InterruptedException {
        Path binary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? Path.of("/usr/sbin/nginx") : Path.of("nginx");
        int port = freePort();
        Files.createDirectories(dir.resolve("temp"));
        String upstreams = replicas.stream().map(address -> "    server " + address + " max_fails=0;")
                .collect(Collectors.joining("\n"));
        Path conf = dir.resolve("nginx.conf");
        // workers as this user, not nginx's default www-data, which cannot enter a private build folder
        Files.writeString(conf, """
                user %4$s;
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %1$s/temp/body;
                  proxy_temp_path %1$s/temp/proxy;
                  fastcgi_temp_path %1$s/temp/fastcgi;
                  uwsgi_temp_path %1$s/temp/uwsgi;
                  scgi_temp_path %1$s/temp/scgi;
                  upstream replicas {
                %2$s
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://replicas;
                      proxy_set_header X-Forwarded-For $remote_addr;
                      proxy_next_upstream error timeout;
                      proxy_connect_timeout 2s;
                      proxy_read_timeout 30s;
                    }
                  }
                }
                """.formatted(dir.toAbsolutePath(), upstreams, port, System.getProperty("user.name")));
        Process nginx = new ProcessBuilder(binary.toString(), "-c", conf.toAbsolutePath().toString(), "-e",
                dir.toAbsolutePath().resolve("error.log").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile()).start();
        for (int tries = 0; ; tries++) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return new LoadBalancer(nginx, port);
            } catch (IOException notYet) {
                if (!nginx.isAlive() || tries > 100) {
                    throw new IllegalStateException("nginx did not start (missing? apt-get install nginx); see "
                            + dir.resolve("error.log") + " and nginx.out", notYet);
                }
                Thread.sleep(50);
            }
        }
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        nginx.destroy();
        if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
            nginx.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
