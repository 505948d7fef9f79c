# -*- coding: utf-8 -*-
"""Shared set-up of the notebooks in notebooks/: paths, quick mode, plots, the service.

Used by every notebook's first cell:

    import sys, os; sys.path.insert(0, os.path.abspath("lib"))
    from consortia_nb import *

Environment
  CONSORTIA_BINARY     the consortia binary (default: <repo>/build/consortia)
  CONSORTIA_BENCH_DIR  the benches (default: <repo>/build/bench)
  NOTEBOOKS_QUICK=1    smaller sweeps and fewer bench instances (same code paths)
  NOTEBOOKS_CACHE      where the prepared demo database and its index are kept
                       (default: <repo>/build/notebooks-cache; rebuilt when the binary changes)

Only the Python standard library, numpy, pandas and matplotlib (Debian packages on
/usr/bin/python3). Every request to the service sends JSON with
Content-Type: application/json; writes carry the token the notebook set.
"""
import atexit
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
QUICK = os.environ.get("NOTEBOOKS_QUICK", "") not in ("", "0", "false", "no")
PORTS = range(18100, 18200)
RULES = os.path.join(REPO, "rules", "bast-2022.json")


def binary():
    """The consortia binary: $CONSORTIA_BINARY or <repo>/build/consortia."""
    path = os.environ.get("CONSORTIA_BINARY") or os.path.join(REPO, "build", "consortia")
    if not os.access(path, os.X_OK):
        raise RuntimeError("no consortia binary at %s (build it: bash scripts/build.sh, "
                           "or set CONSORTIA_BINARY)" % path)
    return os.path.abspath(path)


def bench_dir():
    """The benches: $CONSORTIA_BENCH_DIR or <repo>/build/bench."""
    path = os.environ.get("CONSORTIA_BENCH_DIR") or os.path.join(REPO, "build", "bench")
    if not os.path.isdir(path):
        raise RuntimeError("no benches in %s (they are built with the project; or set "
                           "CONSORTIA_BENCH_DIR)" % path)
    return os.path.abspath(path)


def cache_dir():
    path = os.environ.get("NOTEBOOKS_CACHE") or os.path.join(REPO, "build", "notebooks-cache")
    os.makedirs(path, exist_ok=True)
    return path


def loadavg():
    try:
        return os.getloadavg()
    except OSError:
        return (float("nan"),) * 3


def run_info():
    """One line saying what ran where; printed by every set-up cell."""
    b = binary()
    st = os.stat(b)
    return ("mode: %s | binary: %s (built %s) | python: %s | load average %.1f %.1f %.1f | %s" % (
        "QUICK (NOTEBOOKS_QUICK=1)" if QUICK else "full", b,
        time.strftime("%Y-%m-%d %H:%M", time.localtime(st.st_mtime)), sys.executable,
        *loadavg(), time.strftime("%Y-%m-%d %H:%M %Z")))


# ---- plots ----------------------------------------------------------------------------

def setup_plots():
    """matplotlib with a CJK font from Debian (fonts-noto-cjk), inline PNGs of modest size."""
    import matplotlib
    from matplotlib import font_manager
    names = {f.name for f in font_manager.fontManager.ttflist}
    preferred = ["Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK TC", "WenQuanYi Zen Hei",
                 "WenQuanYi Micro Hei", "Droid Sans Fallback"]
    cjk = [n for n in preferred if n in names]
    if not cjk:
        raise RuntimeError("no CJK font for matplotlib: apt-get install fonts-noto-cjk")
    matplotlib.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": cjk + ["DejaVu Sans"],
        "axes.unicode_minus": False,
        "figure.dpi": 90,
        "savefig.dpi": 90,
        "figure.figsize": (9, 4.2),
        "axes.grid": True,
        "grid.alpha": 0.3,
        "axes.spines.top": False,
        "axes.spines.right": False,
    })
    try:
        from IPython import get_ipython
        ip = get_ipython()
        if ip is not None:
            ip.run_line_magic("matplotlib", "inline")
            ip.run_line_magic("config", "InlineBackend.figure_formats = ['png']")
    except Exception:  # not in a notebook
        pass
    return cjk[0]


def bi(zh, en):
    """A bilingual label: 中文 English."""
    return "%s %s" % (zh, en) if en else zh


# ---- processes -------------------------------------------------------------------------

def run(cmd, timeout=None, check=True, env=None, cwd=None):
    """Runs a command; returns (stdout, stderr, seconds). Raises with the output on failure."""
    t0 = time.monotonic()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                       env=env, cwd=cwd, text=True)
    dt = time.monotonic() - t0
    if check and p.returncode != 0:
        raise RuntimeError("%s exited %d\nstdout:\n%s\nstderr:\n%s" % (
            " ".join(cmd), p.returncode, p.stdout[-3000:], p.stderr[-3000:]))
    return p.stdout, p.stderr, dt


def _die_with_parent():
    """In the child: SIGTERM when the kernel that started it dies (Linux prctl), so a killed
    notebook leaves no server behind."""
    try:
        import ctypes
        import signal
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def free_port():
    """A free TCP port in 18100-18199 (the range these notebooks use)."""
    import random
    ports = list(PORTS)
    random.shuffle(ports)
    for port in ports:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    raise RuntimeError("no free port in 18100-18199")


def prepared_demo_db(workdir):
    """A fresh copy of the demo database with its search index in `workdir`.

    The demo database (`consortia demo`) and its index (built by the first start of a
    server, ~30 s) are made once per binary in cache_dir() and copied from there.
    """
    b = binary()
    cache = cache_dir()
    st = os.stat(b)
    stamp = "%s:%d:%d" % (b, st.st_size, int(st.st_mtime))
    db, index, stamp_file = (os.path.join(cache, "demo.db"), os.path.join(cache, "demo.db.index"),
                             os.path.join(cache, "stamp"))
    current = os.path.exists(stamp_file) and open(stamp_file).read() == stamp
    if not (current and os.path.exists(db) and os.path.exists(index)):
        for f in os.listdir(cache):
            if f.startswith("demo.db"):
                os.remove(os.path.join(cache, f))
        run([b, "demo", "--db", db], timeout=600)
        with Service(db, token=None) as svc:  # builds and saves the index beside the db
            svc.get("/v1/health")
        with open(stamp_file, "w") as f:
            f.write(stamp)
    os.makedirs(workdir, exist_ok=True)
    out = os.path.join(workdir, "demo.db")
    shutil.copyfile(db, out)
    shutil.copyfile(index, out + ".index")
    return out


class ServiceError(RuntimeError):
    def __init__(self, method, path, status, body):
        super().__init__("%s %s -> HTTP %s: %s" % (method, path, status, str(body)[:1500]))
        self.status = status
        self.body = body


class Service:
    """`consortia serve --db DB` on a free port of 18100-18199, stopped at exit.

    svc = Service(db, token="notebook-token").start()
    svc.get("/v1/health"); svc.post("/v1/search", {...}); svc.stop()
    """

    def __init__(self, db, token="notebook-token", rules=RULES, start_timeout=300):
        self.db = db
        self.token = token
        self.rules = rules
        self.start_timeout = start_timeout
        self.proc = None
        self.port = None
        self.log_path = db + ".serve.log"
        self.start_seconds = None

    def start(self):
        env = dict(os.environ)
        env.pop("CONSORTIA_TOKEN", None)
        if self.token:
            env["CONSORTIA_TOKEN"] = self.token
        for attempt in range(5):
            self.port = free_port()
            log = open(self.log_path, "w")
            cmd = [binary(), "serve", "--db", self.db, "--host", "127.0.0.1", "--port", str(self.port),
                   "--rules", self.rules, "--web", ""]
            t0 = time.monotonic()
            self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env,
                                         preexec_fn=_die_with_parent)
            log.close()
            atexit.register(self.stop)
            while time.monotonic() - t0 < self.start_timeout:
                if self.proc.poll() is not None:
                    break
                try:
                    self.get("/v1/health", timeout=2)
                    self.start_seconds = time.monotonic() - t0
                    return self
                except (OSError, ServiceError):
                    time.sleep(0.2)
            text = self.log()
            self.stop()
            if "address already in use" in text.lower() or "bind" in text.lower():
                continue  # another process took the port between the check and the start
            raise RuntimeError("consortia serve did not answer /v1/health; log:\n" + text[-3000:])
        raise RuntimeError("could not start consortia serve on a port of 18100-18199")

    def log(self):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        return False

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.port

    def request(self, method, path, body=None, params=None, timeout=120):
        url = self.url + path
        if params:
            url += ("&" if "?" in url else "?") + urllib.parse.urlencode(
                {k: v for k, v in params.items() if v is not None})
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.token and method != "GET":
            headers["Authorization"] = "Bearer " + self.token
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                raw = r.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            text = e.read().decode("utf-8", errors="replace")
            try:
                payload = json.loads(text)
            except ValueError:
                payload = text
            raise ServiceError(method, path, e.code, payload) from None
        return json.loads(raw) if raw else None

    def get(self, path, timeout=120, **params):
        return self.request("GET", path, params=params, timeout=timeout)

    def post(self, path, body, timeout=120):
        return self.request("POST", path, body, timeout=timeout)

    def list_all(self, route, page=1000, **params):
        """Every item of a list route (/v1/organizations, /v1/experts), page by page."""
        items, offset = [], 0
        while True:
            ans = self.get(route, limit=page, offset=offset, **params)
            got = ans.get("items", [])
            items.extend(got)
            offset += len(got)
            if not got or offset >= ans.get("total", 0):
                return items


# ---- vocabularies ---------------------------------------------------------------------------

class Vocab:
    """Names of the codes of GET /v1/taxonomy: vocab.zh(code), vocab.label(code) = "中文 English"."""

    def __init__(self, taxonomy):
        self.taxonomy = taxonomy
        self.entries = {}
        for group, items in taxonomy.items():
            if not isinstance(items, list):
                continue
            for it in items:
                if isinstance(it, dict) and "code" in it:
                    self.entries.setdefault(it["code"], it)
        self.industries = [i["code"] for i in taxonomy.get("industries", [])]
        self.regions = [r["code"] for r in taxonomy.get("regions", [])]
        self.zones = [r["code"] for r in taxonomy.get("regions", []) if r.get("kind") == "zone"]
        self.parks = [r["code"] for r in taxonomy.get("regions", []) if r.get("kind") == "park"]
        self.districts = [d["code"] for d in taxonomy.get("districts", [])]

    def zh(self, code):
        e = self.entries.get(code)
        return e.get("name", code) if e else (code or "—")

    def en(self, code):
        e = self.entries.get(code)
        return e.get("name_en", "") if e else ""

    def label(self, code, sep=" "):
        e = self.entries.get(code)
        if not e:
            return code or "—"
        return e["name"] + (sep + e["name_en"] if e.get("name_en") else "")

    def region(self, code):
        return self.entries.get(code, {})


# Chinese names of the kinds, titles and tie kinds of the import format (README).
KIND_NAMES = {
    "enterprise": ("企业", "enterprise"),
    "municipal_society": ("市学会", "municipal society"),
    "national_society": ("全国学会", "national society"),
    "society_committee": ("专业委员会", "society committee"),
    "park": ("园区", "park"),
    "university": ("高校", "university"),
    "research_institute": ("科研院所", "research institute"),
    "district_cast": ("区科协", "district CAST"),
    "park_cast": ("园区科协", "park CAST"),
    "university_cast": ("高校科协", "university CAST"),
    "enterprise_cast": ("企业科协", "enterprise CAST"),
    "expert": ("专家", "expert"),
}
TITLE_NAMES = {
    "academician": ("院士", "academician"),
    "renowned": ("知名专家", "renowned"),
    "senior": ("高级职称", "senior"),
    "other": ("其他", "other"),
}
TIE_NAMES = {
    "joint_rnd": ("联合研发", "joint R&D"),
    "technology_transfer": ("技术转移", "technology transfer"),
    "standard": ("标准制定", "standards"),
    "international": ("国际合作", "international"),
    "brand": ("品牌建设", "brand"),
    "joint_project": ("联合项目", "joint project"),
}


def name_of(table, code, sep=" "):
    zh, en = table.get(code, (code, ""))
    return zh + (sep + en if en else "")


def temp_workdir(prefix):
    d = tempfile.mkdtemp(prefix="consortia-nb-%s-" % prefix)
    atexit.register(shutil.rmtree, d, True)
    return d
