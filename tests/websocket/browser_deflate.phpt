--TEST--
WebSocket with compression in a real browser (headless Chromium through selenium): a page served by the server opens a WebSocket, permessage-deflate is agreed (ws.extensions), compressed messages go both ways (text, a 100 KB one, binary), the close code and reason reach the page and onWebSocketClose
--EXTENSIONS--
wserver
pcntl
posix
--SKIPIF--
<?php
if (!is_executable('/usr/bin/chromium') || !is_executable('/usr/bin/chromedriver')) die('skip chromium and chromium-driver are not installed');
exec('/usr/bin/python3 -c "import selenium" 2>&1', $out, $rc);
if ($rc !== 0) die('skip python3-selenium is not installed');
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$page = <<<'HTML'
<!doctype html><html><body><pre id="result"></pre><script>
const out = [];
const say = (s) => { out.push(s); };
const ws = new WebSocket("ws://" + location.hostname + ":" + (Number(location.port) + 1) + "/chat");
ws.binaryType = "arraybuffer";
const big = "the quick brown fox jumps over the lazy dog. ".repeat(2300);
let step = 0;
ws.onopen = () => { say("extensions: " + ws.extensions); ws.send("hello from the browser"); };
ws.onmessage = (e) => {
  if (typeof e.data !== "string") {
    say("binary: " + Array.from(new Uint8Array(e.data)).join(","));
    ws.send("bye");
    return;
  }
  if (e.data.length > 1000) {
    say("big reply: " + e.data.length + " " + (e.data === big.toUpperCase()));
    ws.send(new Uint8Array([1, 2, 3, 250]));
    return;
  }
  say("reply: " + e.data);
  if (step++ === 0) ws.send(big);
};
ws.onclose = (e) => { say("closed: " + e.code + " " + e.reason + " clean=" + e.wasClean);
  document.getElementById("result").textContent = out.join("\n"); };
ws.onerror = () => say("error");
</script></body></html>
HTML;
$dir = wserver_test_dir();
wserver_test_run(function (int $port) use ($page, $dir) {
    $log = fn (string $line) => file_put_contents("$dir/log", "$line\n", FILE_APPEND);
    $http = new WServer\Worker("http://127.0.0.1:$port");
    $http->onMessage = fn ($c, $req) => $c->send(new WServer\Protocols\Http\Response(200, ['Content-Type' => 'text/html'], $page));
    $ws = new WServer\Worker('websocket://127.0.0.1:' . ($port + 1));
    $ws->websocketCompression = true;
    $ws->onWebSocketConnect = fn ($c, $req) => $log('offer: ' . $req->header('sec-websocket-extensions'));
    $ws->onWebSocketClose = fn ($c, $code, $reason) => $log("onWebSocketClose $code '$reason'");
    $ws->onMessage = function ($c, $data) use ($log) {
        if ($data === 'bye') {
            $c->close();
            return;
        }
        if (strlen($data) === 4) {
            $log('binary from the browser: ' . bin2hex($data));
            $c->websocketType = "\x82";
            $c->send(strrev($data));
            $c->websocketType = "\x81";
            return;
        }
        $c->send(strlen($data) > 1000 ? strtoupper($data) : "you said: $data");
    };
    WServer\Worker::runAll();
}, function (int $port) use ($dir) {
    $py = <<<'PY'
import sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait
opts = webdriver.ChromeOptions()
opts.binary_location = "/usr/bin/chromium"
for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
    opts.add_argument(a)
d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
try:
    d.set_page_load_timeout(20)
    d.get("http://127.0.0.1:%s/" % sys.argv[1])
    WebDriverWait(d, 20).until(lambda d: d.find_element("id", "result").text != "")
    print(d.find_element("id", "result").text)
finally:
    d.quit()
PY;
    file_put_contents($f = "$dir/browser.py", $py);
    passthru('env -u LD_PRELOAD timeout 60 /usr/bin/python3 ' . escapeshellarg($f) . " $port 2>&1");
    wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/log"), 'onWebSocketClose'));
    echo file_get_contents("$dir/log");
}, ['port' => wserver_test_free_port_pair()]); // the page on $port, the WebSocket on $port + 1
wserver_test_rmdir($dir);
?>
--EXPECTF--
extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover
reply: you said: hello from the browser
big reply: 103500 true
binary: 250,3,2,1
closed: 1000  clean=true
offer: permessage-deflate; client_max_window_bits
binary from the browser: 010203fa
onWebSocketClose 1000 ''
