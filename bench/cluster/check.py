#!/usr/bin/env python3
"""Checks two Footfall web nodes behind a round-robin proxy (see run.sh). Standard library only.

Every request goes through the proxy, which names the node that answered in an X-Node header.
Prints one PASS/FAIL line per check; exits 1 if any failed.
"""
import concurrent.futures, datetime, email, glob, html, http.cookiejar, io, json, os, quopri, re, signal
import subprocess, sys, threading, time, urllib.error, urllib.parse, urllib.request, uuid, zipfile

PROXY = os.environ["PROXY"]
OUTBOX = os.environ["OUTBOX"]
PSQL = os.environ["PSQL"].split()
NODES = {"a": (int(os.environ["PID_A"]), os.environ["LOG_A"]), "b": (int(os.environ["PID_B"]), os.environ["LOG_B"])}
PASSWORD = "correct horse battery staple"
results = []


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Visitor:
    """A browser without JavaScript: one cookie jar, redirects not followed, every answer's node recorded."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)
        self.nodes = []

    def send(self, method, path, data=None, headers=None):
        body = None
        headers = dict(headers or {})
        if isinstance(data, dict):
            body = urllib.parse.urlencode(data, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif isinstance(data, (bytes, bytearray)):
            body = bytes(data)
        request = urllib.request.Request(PROXY + path, data=body, method=method, headers=headers)
        try:
            response = self.opener.open(request, timeout=120)
        except urllib.error.HTTPError as error:
            response = error
        text = response.read().decode("utf-8", "replace")
        self.nodes.append(response.headers.get("X-Node"))
        return response.status, response.headers, text

    def get(self, path):
        return self.send("GET", path)

    def post_form(self, page_path, action, fields):
        status, _, page = self.get(page_path)
        token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page) or \
            re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page)
        data = dict(fields)
        data["__RequestVerificationToken"] = html.unescape(token.group(1))
        return self.send("POST", action, data)


def check(name, ok, detail):
    results.append(ok)
    print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}", flush=True)


def mail_link(to, path, since):
    """The link to `path` in the newest mail to `to` written to the shared outbox after `since`."""
    deadline = time.time() + 30
    while time.time() < deadline:
        for name in sorted(glob.glob(os.path.join(OUTBOX, "*.eml")), key=os.path.getmtime, reverse=True):
            if os.path.getmtime(name) < since:
                continue
            message = email.message_from_binary_file(open(name, "rb"))
            if to not in (message.get("To") or ""):
                continue
            for part in message.walk():
                if part.get_content_type() == "text/plain":
                    text = part.get_payload(decode=True).decode("utf-8", "replace")
                    found = re.search(r"https?://[^\s]+" + re.escape(path) + r"[^\s]*", text)
                    if found:
                        return urllib.parse.urlsplit(found.group(0))._replace(scheme="", netloc="").geturl()
        time.sleep(0.2)
    raise RuntimeError(f"no mail to {to} with a link to {path}")


def sign_up(visitor, address):
    since = time.time() - 1
    status, _, _ = visitor.post_form("/Account/Register", "/Account/Register", {
        "Input.Email": address, "Input.Password": PASSWORD, "Input.ConfirmPassword": PASSWORD, "Input.AcceptTerms": "true"})
    assert status == 302, f"register answered {status}"
    link = mail_link(address, "/Account/ConfirmEmail", since)
    status, _, _ = visitor.post_form(link, link, {})
    assert status == 200, f"confirm answered {status}"
    status, _, _ = visitor.post_form("/Account/Login", "/Account/Login", {"Input.Email": address, "Input.Password": PASSWORD})
    assert status == 302, f"sign-in answered {status}"


def psql(sql):
    return subprocess.run(PSQL + ["-At", "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


def check_sign_in():
    visitor = Visitor()
    address = f"runner-{uuid.uuid4().hex}@example.com"
    sign_up(visitor, address)
    signed_in_node = visitor.nodes[-1]
    pages = [visitor.get("/Account/Manage") for _ in range(4)]
    served = {visitor.nodes[-i] for i in range(1, 5)}
    ok = all(status == 200 and address in text for status, _, text in pages) and len(served) == 2
    check("sign-in on one node, used on the other", ok,
          f"signed in on {signed_in_node}; /Account/Manage answered {[p[0] for p in pages]} from {sorted(served)}")


def check_interview():
    visitor = Visitor()
    status, headers, _ = visitor.post_form("/Assess", "/Assess?handler=Start", {"Age": "35", "Sex": "female"})
    url = headers.get("Location")
    screens = 0
    while url and url != "/Assess/Result" and screens < 12:
        _, _, page = visitor.get(url)
        screens += 1
        if "handler=Each" in page:
            handler, fields = "Each", {"noneOfThese": "true"}
        elif "handler=Tick" in page:
            handler, fields = "Tick", {}
        elif screens > 4 or "handler=Answer" not in page:
            handler, fields = "Finish", {}
        else:
            handler, fields = "Answer", {"answer": "n"}
        token = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page).group(1)
        fields["__RequestVerificationToken"] = html.unescape(token)
        status, headers, _ = visitor.send("POST", f"{url}?handler={handler}", fields)
        url = headers.get("Location") if status == 302 else None
    status, _, result = visitor.get("/Assess/Result")
    ok = status == 200 and "not a diagnosis" in result and len(set(visitor.nodes)) == 2
    check("an interview whose screens alternate nodes", ok,
          f"{screens} screens, result {status}, requests served by {''.join(n[-1] for n in visitor.nodes if n)}")


def check_bookings():
    admin, physio = Visitor(), Visitor()
    admin_email, physio_email = f"admin-{uuid.uuid4().hex}@example.com", f"physio-{uuid.uuid4().hex}@example.com"
    sign_up(admin, admin_email)
    sign_up(physio, physio_email)
    status, headers, _ = admin.post_form("/Clinics/New", "/Clinics/New", {
        "Input.Name": "Surf City Sports Physio", "Input.Address": "18582 Beach Blvd", "Input.Town": "Huntington Beach, CA",
        "Input.TimeZoneId": "America/Los_Angeles", "Input.MinimumNoticeHours": "2", "Input.HorizonDays": "60",
        "Input.CancellationNoticeHours": "24", "Input.SlotStepMinutes": "30"})
    manage = headers["Location"]
    clinic = manage.rstrip("/").split("/")[-1]
    since = time.time() - 1
    admin.post_form(manage, f"{manage}?handler=Invite", {"email": physio_email, "profession": "Physiotherapist"})
    join = mail_link(physio_email, "/Clinics/Join", since)
    token = urllib.parse.parse_qs(urllib.parse.urlsplit(join).query)["token"][0]
    status, _, _ = physio.post_form(join, join, {"Token": token, "DisplayName": "Dana Reyes", "Bio": "Runners.", "Treats": "plantar_fasciitis"})
    _, _, page = admin.get(manage)
    practitioner = re.search(r'name="practitioner" value="([0-9a-f-]{36})"', page).group(1)
    hours = {"practitioner": practitioner}
    for day in ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]:
        hours[f"start-{day}"], hours[f"end-{day}"] = "09:00", "17:00"
    admin.post_form(manage, f"{manage}?handler=Hours", hours)
    follow_up = psql(f"SELECT \"Id\" FROM \"AppointmentTypes\" WHERE \"ClinicId\" = '{clinic}' AND \"Name\" = 'Follow-up'")
    _, _, slots = admin.get(f"/api/v1/care/clinics/{clinic}/practitioners/{practitioner}/slots?type={follow_up}&days=14")
    start = json.loads(slots)[3]["start"]
    racers = [Visitor() for _ in range(20)]
    for i, racer in enumerate(racers):
        sign_up(racer, f"racer-{i}-{uuid.uuid4().hex}@example.com")
    body = json.dumps({"clinicId": clinic, "practitionerId": practitioner, "appointmentTypeId": follow_up, "start": start}).encode()
    gate = threading.Barrier(100)

    def book(n):
        racer = racers[n % 20]
        gate.wait()
        status, headers, _ = racer.send("POST", "/api/v1/care/bookings", body, {"Content-Type": "application/json"})
        return status, headers.get("X-Node")

    with concurrent.futures.ThreadPoolExecutor(100) as pool:
        answers = list(pool.map(book, range(100)))
    created = sum(1 for s, _ in answers if s == 201)
    conflicts = sum(1 for s, _ in answers if s == 409)
    nodes = {n for _, n in answers}
    stored = psql(f"SELECT count(*) FROM \"Bookings\" WHERE \"PractitionerId\" = '{practitioner}' AND \"CancelledAtUtc\" IS NULL")
    ok = created == 1 and conflicts == 99 and stored == "1" and len(nodes) == 2
    check("100 concurrent bookings of one slot across both nodes", ok,
          f"{created} created, {conflicts} refused (409), {stored} stored, answered by {sorted(nodes)}")


def gpx(start):
    points = "".join(
        f'<trkpt lat="{46.05 + p * 0.0009:.6f}" lon="14.50"><time>{(start + datetime.timedelta(seconds=30 * p)).strftime("%Y-%m-%dT%H:%M:%SZ")}</time></trkpt>'
        for p in range(6))
    return f'<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>{points}</trkseg></trk></gpx>'


def check_import_failover(files):
    visitor = Visitor()
    address = f"importer-{uuid.uuid4().hex}@example.com"
    sign_up(visitor, address)
    export = io.BytesIO()
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as archive:
        first = datetime.datetime(2016, 1, 1, 7, 0, 0)
        for i in range(files):
            archive.writestr(f"activities/{i + 1}.gpx", gpx(first + datetime.timedelta(days=i)))
    _, _, page = visitor.get("/History/Upload")
    token = html.unescape(re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page).group(1))
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"export.zip\"\r\n"
            f"Content-Type: application/zip\r\n\r\n").encode() + export.getvalue() + f"\r\n--{boundary}--\r\n".encode()
    started = time.time()
    upload_status, headers, _ = visitor.send("POST", "/History/Upload", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    answered = time.time() - started
    progress = headers.get("Location", "")
    job = progress.rsplit("/", 1)[-1]
    done = 0
    deadline = time.time() + 120
    while time.time() < deadline:
        done = int(psql(f"SELECT \"FilesDone\" FROM \"ImportJobs\" WHERE \"Id\" = '{job}'") or 0)
        if done >= 200:
            break
        time.sleep(0.1)
    holder = next((name for name, (_, log) in NODES.items() if job in open(log, errors="replace").read()), None)
    if holder is None or done >= files:
        check("an import job killed with its node is finished by the other", False, f"job {job}: {done} files done, holder {holder}")
        return
    os.kill(NODES[holder][0], signal.SIGKILL)
    killed_at = done
    shown = None
    deadline = time.time() + 300
    while time.time() < deadline:
        status, _, page = visitor.get(progress)
        if status == 200 and "data-import-running" not in page:
            shown = page
            break
        time.sleep(1)
    state, imported, files_done, node = (psql(
        f"SELECT \"State\" || '|' || \"Imported\" || '|' || \"FilesDone\" || '|' || \"Node\" FROM \"ImportJobs\" WHERE \"Id\" = '{job}'") + "|||").split("|")[:4]
    stored = psql(
        "SELECT count(*) || '|' || count(DISTINCT a.\"StartUtc\") FROM \"Activities\" a JOIN \"AspNetUsers\" u ON u.\"Id\" = a.\"OwnerId\" "
        f"WHERE u.\"Email\" = '{address}'")
    figure = re.search(r"<th scope=\"row\">Imported</th><td>(\d+)</td>", shown or "")
    ok = (shown is not None and state == "finished" and imported == str(files) and stored == f"{files}|{files}"
          and figure is not None and figure.group(1) == str(files))
    check("an import job killed with its node is finished by the other", ok,
          f"upload of {len(export.getvalue()) // 1024} KB answered {upload_status} in {answered:.1f} s; node {holder} killed (SIGKILL) at {killed_at}/{files} files; "
          f"job {state} on {node}, {imported} imported, activities stored|distinct {stored}, page shows {figure.group(1) if figure else None}")
    return holder


def main():
    files = int(os.environ.get("IMPORT_FILES", "3000"))
    for step in (check_sign_in, check_interview, check_bookings):
        try:
            step()
        except Exception as error:  # a check that cannot run is a failed check
            check(step.__name__.replace("check_", ""), False, f"{type(error).__name__}: {error}")
    try:
        killed = check_import_failover(files)
        if killed:
            print(f"KILLED {killed}", flush=True)
    except Exception as error:
        check("import failover", False, f"{type(error).__name__}: {error}")
    passed = sum(results)
    print(f"checks: {passed} passed, {len(results) - passed} failed", flush=True)
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
