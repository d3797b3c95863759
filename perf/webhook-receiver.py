#!/usr/bin/env python3
"""A partner's webhook endpoint for perf/webhook-delivery.sh: answers 200 at once, counts requests
and distinct webhook-ids, and writes the counts to the file named on the command line."""
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, counts_file = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()
seen = set()
requests = 0


class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        global requests
        self.rfile.read(int(self.headers.get("content-length", 0)))
        with lock:
            requests += 1
            seen.add(self.headers.get("webhook-id"))
            counts = f"{requests} {len(seen)}\n"
        with open(counts_file, "w") as out:
            out.write(counts)
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", port), Receiver).serve_forever()
