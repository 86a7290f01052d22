# Ratchet's in-container command agent: one long-lived process instead of one `docker exec` per command
# (an exec round trip costs ~75 ms; a request here costs a few ms). It also runs the image's service, if the image
# names one (RATCHET_AGENT_SERVICE: the Java image's warm javac), for all the container's commands. Reads one request per line on stdin,
#   id timeout_ms cap base64(arg)...
# runs it under `timeout -s KILL` in the workspace and answers with one line on stdout:
#   id exit timed_out(0|1) truncated(0|1) base64(stdout) base64(stderr) started(0|1)
# started=0: the command could not be started (not found: 127, not executable: 126). It is looked up before
# running, because `timeout` answers 127/126 both for a program it cannot start and for a program that exits so.
# Only the first `cap` bytes of each stream are kept; the rest is read and dropped.
import base64, os, select, selectors, signal, stat, subprocess, sys, time

WORKSPACE = sys.argv[1] if len(sys.argv) > 1 else "/workspace"
DRAIN_GRACE = 1.0  # a process that escaped the group may hold the pipes open forever


KILL_STRAYS = "ratchet-agent:kill-strays"
SCRUB = "ratchet-agent:scrub"
LAY = "ratchet-agent:lay"
WRITE = "ratchet-agent:write"
SERVICE_STATUS = "ratchet-agent:service"
# Where a command can write (the read-only root leaves nothing else): the workspace volume and the tmpfs.
# /run itself is root's; /dev/mqueue holds POSIX message queues, which outlive their creator.
WIPED = (os.path.dirname(WORKSPACE), "/tmp", "/var/tmp", "/run/lock", "/dev/shm", "/dev/mqueue")
SKIPPED_FS = ("proc", "sysfs", "cgroup", "cgroup2", "devpts")


# The image's service (RATCHET_AGENT_SERVICE, e.g. the Java image's warm javac): started before the baseline,
# spared by kill_strays, and checked by every scrub (service_intact) so that it carries nothing between sandboxes.
SERVICE = None
SERVICE_NICE = 10  # it yields the CPU to the commands it serves


def start_service():
    """Starts the image's service in its own session, its stdin/stdout a private channel to this agent (which is
    non-dumpable, so no command can open them through /proc); None when the image names none."""
    path = os.environ.get("RATCHET_AGENT_SERVICE", "")
    if not path.startswith("/") or not os.access(path, os.X_OK):
        return None
    try:
        proc = subprocess.Popen([path], cwd="/", stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, bufsize=0, start_new_session=True,
                                preexec_fn=lambda: os.nice(SERVICE_NICE))
    except OSError:
        return None
    return proc, service_traits(proc.pid)


def service_traits(pid):
    """What a process of the same user may change about the service from outside (its scheduling, CPUs and
    resource limits) and what would then carry over to the next sandbox; None when it is gone."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        with open("/proc/%d/status" % pid) as f:
            cpus = [l for l in f if l.startswith("Cpus_allowed_list")]
        with open("/proc/%d/limits" % pid) as f:
            limits = f.read()
        return fields[0] != "Z" and (fields[16], fields[38], cpus, limits)  # nice, policy
    except (OSError, IndexError):
        return None


def service_status(wait):
    """(its answer to 'status', None) or (None, why the service cannot be trusted for the next sandbox): it must
    be alive, unchanged from outside, and answer 'idle ...' within wait seconds (it ends itself instead when a
    request is still under way, see JavacWorker)."""
    if SERVICE is None:
        return None, "the image has no service"
    proc, traits = SERVICE
    if proc.poll() is not None:
        return None, "the image's service exited"
    if service_traits(proc.pid) != traits:
        return None, "the image's service was changed from outside (nice, scheduling, CPUs or limits)"
    try:
        proc.stdin.write(b"status\n")
    except OSError:
        return None, "the image's service does not read its channel"
    fd, buf, deadline = proc.stdout.fileno(), b"", time.monotonic() + wait
    while True:
        for line in buf.split(b"\n")[:-1]:
            if line.startswith(b"idle "):
                return line.decode("ascii", "replace"), None
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return None, "the image's service did not answer within %.0f s" % wait
        chunk = os.read(fd, 4096)
        if not chunk:
            return None, "the image's service closed its channel"
        buf += chunk


def spared():
    """The processes a scrub or kill_strays leaves: init, the agent and the image's service."""
    return (1, os.getpid()) + ((SERVICE[0].pid,) if SERVICE else ())


def kill_strays():
    """SIGKILLs every process but init, the agent and the image's service: what a killed command's group left
    behind (a fork bomb forking while its group was being killed), or background jobs, before a reset."""
    keep = spared()
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        live = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in keep and not zombie(p)]
        if not live:
            return
        for pid in live:
            try:
                os.kill(pid, 9)
            except OSError:
                pass
        time.sleep(0.01)


def live_pids():
    return sorted(int(p) for p in os.listdir("/proc") if p.isdigit())


def mounts():
    """(mount point, fs type, options) of every mount, from /proc/self/mountinfo."""
    out = []
    with open("/proc/self/mountinfo") as f:
        for line in f:
            left, right = line.split(" - ", 1)
            fields = left.split()
            out.append((fields[4].replace("\\040", " "), right.split()[0], fields[5]))
    return out


def snapshot():
    """What can carry state from one command to the next, once no process is left: the processes, the mounts,
    every entry of every writable mount (not crossing into other mounts), how full each is, and SysV IPC
    objects. A pooled container is pristine when this equals the snapshot taken before its first command."""
    table = mounts()
    points = set(m[0] for m in table)
    state = {"pids": [p for p in live_pids() if p != os.getpid()], "mounts": sorted(table)}
    for point, fstype, opts in table:
        if fstype in SKIPPED_FS or "rw" not in opts.split(","):
            continue
        entries = []
        try:
            st = os.lstat(point)
        except OSError as e:
            entries.append(("?", str(e)))
            st = None
        if st is not None:
            entries.append((point, st.st_mode, st.st_uid))
        if st is not None and stat.S_ISDIR(st.st_mode):
            for root, dirs, files in os.walk(point, onerror=lambda e: entries.append(("?", str(e)))):
                dirs[:] = [d for d in dirs if os.path.join(root, d) not in points]
                for name in dirs + files:
                    path = os.path.join(root, name)
                    try:
                        s = os.lstat(path)
                        entries.append((path, s.st_mode, s.st_uid, s.st_size if stat.S_ISREG(s.st_mode) else 0,
                                        os.readlink(path) if stat.S_ISLNK(s.st_mode) else ""))
                    except OSError as e:
                        entries.append((path, str(e)))
            try:
                v = os.statvfs(point)
                entries.append(("statvfs", v.f_blocks - v.f_bfree, v.f_files - v.f_ffree))
            except OSError as e:
                entries.append(("statvfs", str(e)))
        state["mount:" + point] = sorted(entries, key=str)
    for kind in ("shm", "msg", "sem"):
        state["ipc:" + kind] = sysv_ipc(kind)
    return state


def wipe(top):
    """Removes everything below top, on top's own mount; gives top back its first mode and makes directories
    writable first (a candidate may have chmodded them)."""
    try:
        st = os.lstat(top)
        if st.st_uid == os.getuid() and top in TOP_MODES:
            os.chmod(top, TOP_MODES[top])
    except OSError:
        return
    for root, dirs, files in os.walk(top, topdown=True):
        kept = []
        for d in dirs:
            path = os.path.join(root, d)
            try:
                s = os.lstat(path)
                if s.st_dev == st.st_dev and stat.S_ISDIR(s.st_mode):
                    os.chmod(path, 0o700)
                    kept.append(d)
            except OSError:
                pass
        dirs[:] = kept
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files + dirs:
            path = os.path.join(root, name)
            try:
                s = os.lstat(path)
                if not stat.S_ISDIR(s.st_mode):
                    os.unlink(path)
                elif s.st_dev == st.st_dev:
                    os.rmdir(path)
            except OSError:
                pass  # what stays shows in the snapshot, and the container is discarded


def scrub():
    """Back to the state before the first command, or says why not (exit 1): the caller then discards the
    container. Kills every process but init and the agent, removes SysV IPC objects, empties every writable
    place, and compares a fresh snapshot with the one taken at start."""
    kill_strays()
    deadline = time.monotonic() + 2.0
    while [p for p in live_pids() if p not in spared()] and time.monotonic() < deadline:
        time.sleep(0.01)  # zombies: init reaps them
    if SERVICE is not None:
        broken = service_status(10.0)[1]  # a JVM that has only just started takes a moment to answer
        if broken:
            return 1, ("not pristine: %s\n" % broken).encode()
    if os.path.exists("/usr/bin/ipcrm") and any(BASELINE["ipc:" + k] != sysv_ipc(k) for k in ("shm", "msg", "sem")):
        subprocess.run(["/usr/bin/ipcrm", "-a"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    for top in WIPED:
        wipe(top)
    now = snapshot()
    diff = [k for k in sorted(set(now) | set(BASELINE)) if now.get(k) != BASELINE.get(k)]
    if diff:
        detail = []
        for k in diff[:4]:
            extra = [e for e in (now.get(k) or []) if e not in (BASELINE.get(k) or [])][:3]
            detail.append("%s: %s" % (k, extra))
        return 1, ("not pristine: " + "; ".join(detail) + "\n").encode("utf-8", "surrogateescape")
    os.makedirs(WORKSPACE, exist_ok=True)
    return 0, b""


def lay(b64tar):
    """Unpacks the host's tar (base64) into the workspace, which must be empty: one request instead of a round
    trip through the Docker archive API. Nothing of a candidate's can be in the way (no symlink to follow), and
    the 'data' filter refuses absolute paths, '..' and links out of the workspace. Exit 1: use the archive API."""
    import io, tarfile
    if os.listdir(WORKSPACE) or not hasattr(tarfile, "data_filter"):
        return 1, b"workspace not empty or no tarfile filter\n"
    with tarfile.open(fileobj=io.BytesIO(base64.b64decode(b64tar)), mode="r:") as tar:
        tar.extractall(WORKSPACE, filter="data")
    return 0, b""


def write(path, b64content):
    """Replaces the file at path (a real path the host confined to the workspace, parents made) by a new one
    with mode 0644, as the archive API would, in one request: written beside it, then renamed over it. Exit 1:
    use the archive API."""
    parent = os.path.dirname(path)
    if os.path.realpath(parent) != parent or not (parent == WORKSPACE or parent.startswith(WORKSPACE + "/")):
        return 1, b"not a real workspace path\n"
    tmp = os.path.join(parent, ".ratchet-write-%d-%d" % (os.getpid(), time.monotonic_ns()))
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        try:
            data = memoryview(base64.b64decode(b64content))
            while data:
                data = data[os.write(fd, data):]
            os.fchmod(fd, 0o644)
        finally:
            os.close(fd)
        os.rename(tmp, path)
        return 0, b""
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return 1, ("%s\n" % e).encode("utf-8", "surrogateescape")


def sysv_ipc(kind):
    try:
        with open("/proc/sysvipc/" + kind) as f:
            return f.read().splitlines()[1:]
    except OSError:
        return "unreadable"


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
    if args == [SERVICE_STATUS]:
        line, why = service_status(10.0)
        return (0, False, False, line.encode() + b"\n", b"", True) if line else (1, False, False, b"", why.encode() + b"\n", True)
    if args == [SCRUB]:
        code, err = scrub()
        return code, False, False, b"", err, True
    if len(args) == 3 and args[0] == WRITE:
        code, err = write(args[1], args[2])
        return code, False, False, b"", err, True
    if len(args) == 2 and args[0] == LAY:
        code, err = lay(args[1])
        return code, False, False, b"", err, True
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


def undumpable():
    """Makes the agent non-dumpable: a command (same uid) can then neither ptrace it nor open its
    /proc/<pid>/fd, through which it could write forged replies or read the host's requests."""
    try:
        import ctypes
        if ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0) != 0:  # PR_SET_DUMPABLE
            raise OSError(ctypes.get_errno(), "prctl")
    except Exception as e:
        sys.stderr.write("ratchet agent: cannot make itself non-dumpable: %s\n" % e)
        sys.exit(3)


def reap(agent):
    """Pid 1's whole job once the agent is forked: reap orphans (a fork bomb's leftovers would pin the pids limit)
    and end the container with the agent. It keeps no end of the channel: a command that could open one (through
    /proc/1/fd of a dumpable init) could forge replies or queue requests that run after a scrub."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # the kernel drops what pid 1 does not handle
    null = os.open("/dev/null", os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    while True:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            os._exit(0)
        except InterruptedError:
            continue
        if pid == agent:
            os._exit(os.waitstatus_to_exitcode(status) & 0xFF)


def main():
    global BASELINE, TOP_MODES, SERVICE
    undumpable()  # before the fork: init and the agent both
    if os.getpid() == 1:
        agent = os.fork()
        if agent:
            reap(agent)
    SERVICE = start_service()  # before the baseline: its process is part of the state every scrub returns to
    TOP_MODES = {top: stat.S_IMODE(os.lstat(top).st_mode) for top in WIPED if os.path.lexists(top)}
    BASELINE = snapshot()
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
