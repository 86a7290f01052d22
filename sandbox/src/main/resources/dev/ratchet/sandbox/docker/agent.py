# Ratchet's in-container command agent: one long-lived process instead of one `docker exec` per command
# (an exec round trip costs ~75 ms; a request here costs a few ms). Reads one request per line on stdin,
#   id timeout_ms cap base64(arg)...
# runs it under `timeout -s KILL` in the workspace and answers with one line on stdout:
#   id exit timed_out(0|1) truncated(0|1) base64(stdout) base64(stderr) started(0|1)
# started=0: the command could not be started (not found: 127, not executable: 126). It is looked up before
# running, because `timeout` answers 127/126 both for a program it cannot start and for a program that exits so.
# Only the first `cap` bytes of each stream are kept; the rest is read and dropped.
import base64, os, selectors, subprocess, sys, time

WORKSPACE = sys.argv[1] if len(sys.argv) > 1 else "/workspace"
DRAIN_GRACE = 1.0  # a process that escaped the group may hold the pipes open forever


KILL_STRAYS = "ratchet-agent:kill-strays"


def kill_strays():
    """SIGKILLs every process but init and the agent: what a killed command's group left behind (a fork
    bomb forking while its group was being killed), or background jobs, before a reset."""
    me = os.getpid()
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        live = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in (1, me) and not zombie(p)]
        if not live:
            return
        for pid in live:
            try:
                os.kill(pid, 9)
            except OSError:
                pass
        time.sleep(0.01)


def zombie(pid):
    try:
        with open("/proc/%s/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return True


def unstartable(cmd):
    """Why execvp could not start cmd (exit code, message), or None if it could."""
    if "/" in cmd:
        path = os.path.join(WORKSPACE, cmd)
        if not os.path.exists(path):
            return 127, "command not found: " + cmd
        if os.path.isdir(path) or not os.access(path, os.X_OK):
            return 126, "permission denied: " + cmd
        return None
    for d in os.environ.get("PATH", os.defpath).split(os.pathsep):
        candidate = os.path.join(WORKSPACE, d, cmd)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return None
    return 127, "command not found: " + cmd


def run(timeout_ms, cap, args):
    if args == [KILL_STRAYS]:
        kill_strays()
        return 0, False, False, b"", b"", True
    why = unstartable(args[0])
    if why:
        return why[0], False, False, b"", why[1].encode("utf-8", "surrogateescape") + b"\n", False
    secs = max(timeout_ms, 1) / 1000.0
    argv = ["timeout", "-s", "KILL", "%.3f" % secs] + args
    start = time.monotonic()
    try:
        proc = subprocess.Popen(argv, cwd=WORKSPACE, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        return 127, False, False, b"", str(e).encode() + b"\n", False
    out, err = bytearray(), bytearray()
    bufs = {proc.stdout.fileno(): out, proc.stderr.fileno(): err}
    truncated = False
    sel = selectors.DefaultSelector()
    for fd in bufs:
        os.set_blocking(fd, False)
        sel.register(fd, selectors.EVENT_READ)
    exited_at = None
    while sel.get_map():
        if exited_at is None and proc.poll() is not None:
            exited_at = time.monotonic()
        if exited_at is not None and time.monotonic() - exited_at > DRAIN_GRACE:
            break
        for key, _ in sel.select(0.2):
            try:
                chunk = os.read(key.fd, 65536)
            except BlockingIOError:
                continue
            if not chunk:
                sel.unregister(key.fd)
                continue
            buf = bufs[key.fd]
            room = cap - len(buf)
            if room > 0:
                buf += chunk[:room]
            if len(chunk) > room:
                truncated = True
    sel.close()
    rc = proc.wait()
    elapsed = time.monotonic() - start
    proc.stdout.close()
    proc.stderr.close()
    # timeout(1) kills its whole process group, itself included, so a timeout shows as -9 on timeout itself;
    # a command killed by someone else (the OOM killer) shows as timeout exiting with 137.
    timed_out = rc == -9 and elapsed >= secs - 0.05
    if timed_out:
        kill_strays()
    code = 128 - rc if rc < 0 else rc
    return code, timed_out, truncated, bytes(out), bytes(err), True


def b64(data):
    return base64.b64encode(data).decode("ascii")


def main():
    os.makedirs(WORKSPACE, exist_ok=True)
    for line in sys.stdin:
        fields = line.split()
        if len(fields) < 4:
            continue
        rid = fields[0]
        try:
            args = [base64.b64decode(a).decode("utf-8", "surrogateescape") for a in fields[3:]]
            code, timed_out, truncated, out, err, started = run(int(fields[1]), int(fields[2]), args)
        except Exception as e:  # never die: the host would lose its sandbox
            code, timed_out, truncated, out, err, started = 126, False, False, b"", ("ratchet agent: %s\n" % e).encode(), False
        sys.stdout.write("%s %d %d %d %s %s %d\n" % (rid, code, timed_out, truncated, b64(out), b64(err), started))
        sys.stdout.flush()


main()
