--TEST--
HTTP: a session over two requests with its cookie (FileSessionHandler), then sessionRegenerateId() moves it to a new id
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Protocols\Http\Session;
use WServer\Protocols\Http\Session\FileSessionHandler;

wserver_test_run(function (int $port, string $dir) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onWorkerStart = function () use ($dir) {
        Session::handlerClass(FileSessionHandler::class, ['save_path' => "$dir/sessions"]);
        WServer\Protocols\Http::sessionName('APPSID');
        Session::$cookieLifetime = 600;
    };
    $w->onMessage = function ($c, $req) {
        $s = $req->session();
        switch ($req->path()) {
            case '/login':
                $s->set('user', 'ann');
                $s->put(['visits' => 1, 'cart' => ['apple']]);
                $out = 'logged in';
                break;
            case '/visit':
                $s->set('visits', $s->get('visits', 0) + 1);
                $out = sprintf('user=%s visits=%d cart=%s has=%s', $s->get('user', '-'), $s->get('visits'),
                    implode(',', $s->get('cart', [])), var_export($s->has('user'), true));
                break;
            case '/regenerate':
                $old = $req->sessionId();
                $new = $req->sessionRegenerateId(true);
                $out = sprintf('old=%s new=%s same=%s valid=%s', strlen($old), strlen($new),
                    var_export($old === $new, true), var_export($req->isValidSessionId($new), true));
                break;
        }
        $out .= ' id=' . $s->getId();
        // as webman does: the session is written when the last reference goes, before the reply
        unset($s, $req->context['session']);
        $c->send($out);
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    $get = function (string $path, ?string $cookie) use ($c) {
        fwrite($c, "GET $path HTTP/1.1\r\nHost: x\r\n" . ($cookie ? "Cookie: a=b; APPSID=$cookie\r\n" : '') . "\r\n");
        return wserver_test_http_read($c);
    };
    [, $h, $body] = $get('/login', null);
    $set = $h['set-cookie'][0] ?? '';
    preg_match('/^APPSID=([0-9a-f]{32}); Max-Age=600; Path=\/; HttpOnly$/', $set, $m) or exit("cookie: $set\n");
    $sid = $m[1];
    echo "login: ", str_replace($sid, 'SID', $body), "\n";
    $file = "$dir/sessions/session_$sid";
    echo 'stored: ', var_export(unserialize((string) @file_get_contents($file)), true), "\n";

    [, $h, $body] = $get('/visit', $sid);
    echo 'visit: ', str_replace($sid, 'SID', $body), ' set-cookie=', isset($h['set-cookie']) ? 'yes' : 'no', "\n";

    [, $h, $body] = $get('/regenerate', $sid);
    preg_match('/^APPSID=([0-9a-f]{32});/', $h['set-cookie'][0] ?? '', $m) or exit("no new cookie\n");
    $new = $m[1];
    echo 'regenerate: ', str_replace([$new, $sid], ['NEW', 'SID'], $body), ' old file=', file_exists($file) ? 'kept' : 'gone', "\n";

    [, , $body] = $get('/visit', $new);
    echo 'visit new: ', str_replace($new, 'NEW', $body), "\n";
    [, $h, $body] = $get('/visit', 'not-a-valid-id');
    echo 'bad id: ', preg_replace('/[0-9a-f]{32}/', 'FRESH', $body), ' new cookie=', isset($h['set-cookie']) ? 'yes' : 'no', "\n";
});
?>
--EXPECT--
login: logged in id=SID
stored: array (
  'user' => 'ann',
  'visits' => 1,
  'cart' => 
  array (
    0 => 'apple',
  ),
)
visit: user=ann visits=2 cart=apple has=true id=SID set-cookie=no
regenerate: old=32 new=32 same=false valid=true id=SID old file=gone
visit new: user=ann visits=3 cart=apple has=true id=NEW
bad id: user=- visits=1 cart= has=false id=FRESH new cookie=yes
