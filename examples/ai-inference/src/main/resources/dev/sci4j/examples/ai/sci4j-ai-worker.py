"""sci4j example AI-inference worker: runs the JVM's tiny character model with PyTorch (on CUDA when present).

Started by the JVM (InferenceServer --worker python). Listens on 127.0.0.1, prints one line
"sci4j-ai-worker listening on PORT device DEVICE", accepts the JVM's one connection, reads the weights
(V, H as big-endian int32, then embedding V*H, recurrent H*H, output V*H as little-endian float32), then
answers requests: big-endian int32 n_prompt, max_new, n_prompt token ids -> int32 n, n token ids.
Exits when the connection closes. Exit code 3: PyTorch is not installed.
"""
import socket
import struct
import sys

try:
    import torch
except ImportError:
    print("sci4j-ai-worker: PyTorch is not installed", flush=True)
    sys.exit(3)


def recv_exact(conn, n):
    data = bytearray()
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return bytes(data)


def tensor(conn, count, shape, device):
    raw = recv_exact(conn, 4 * count)
    if raw is None:
        sys.exit(0)
    return torch.frombuffer(bytearray(raw), dtype=torch.float32).view(*shape).to(device)


def main():
    device = "cuda" if torch.cuda.is_available() else "cpu"
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    print("sci4j-ai-worker listening on %d device %s" % (server.getsockname()[1], device), flush=True)
    conn, _ = server.accept()
    server.close()
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    head = recv_exact(conn, 8)
    if head is None:
        return
    vocabulary, hidden = struct.unpack(">ii", head)
    embedding = tensor(conn, vocabulary * hidden, (vocabulary, hidden), device)
    recurrent = tensor(conn, hidden * hidden, (hidden, hidden), device)
    output = tensor(conn, vocabulary * hidden, (vocabulary, hidden), device)
    with torch.inference_mode():
        while True:
            head = recv_exact(conn, 8)
            if head is None:
                return
            n_prompt, max_new = struct.unpack(">ii", head)
            prompt = struct.unpack(">%di" % n_prompt, recv_exact(conn, 4 * n_prompt)) if n_prompt else ()
            h = torch.zeros(hidden, device=device)
            for token in prompt:
                h = torch.tanh(recurrent @ h + embedding[token])
            out = []
            for _ in range(max_new):
                token = int(torch.argmax(output @ h))
                out.append(token)
                h = torch.tanh(recurrent @ h + embedding[token])
            conn.sendall(struct.pack(">i%di" % len(out), len(out), *out))


if __name__ == "__main__":
    main()
