--TEST--
Session over HTTP (FileSessionHandler): the cookie's name, Max-Age, Path, Domain, SameSite, Secure and HttpOnly as Workerman writes them; set/get/delete/pull/has/all/flush across requests; sessionId() with and without a cookie; sessionRegenerateId(); gc() run at a session's end by $gcProbability
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Protocols\Http;
use WServer\Protocols\Http\Session;
use WServer\Protocols\Http\Session\FileSessionHandler;

wserver_test_run(function (int $port, string $dir) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onWorkerStart = function () use ($dir) {
        Session::handlerClass(FileSessionHandler::class, ['save_path' => "$dir/sess"]);
        Http::sessionName('SID2');
        Session::$cookieLifetime = 600;
        Session::$cookiePath = '/app';
        Session::$domain = 'example.com';
        Session::$secure = true;
        Session::$httpOnly = false;
        Session::$sameSite = 'Strict';
        Session::$lifetime = 100;
        Session::$gcProbability = [1, 1]; // every session's end collects garbage
    };
    $w->onMessage = function ($c, $req) {
        $s = $req->session();
        $out = [];
        switch ($req->path()) {
            case '/set':
                $s->set('a', 1);
                $s->set('b', 2);
                $s->set('c', 3);
                break;
            case '/ops':
                $s->delete('a');
                $out = ['pull' => $s->pull('b'), 'pull again' => $s->pull('b', 'gone'), 'has c' => $s->has('c'), 'has a' => $s->has('a')];
                break;
            case '/flush':
                $s->flush();
                break;
            case '/regenerate':
                $out['new'] = $req->sessionRegenerateId();
                break;
        }
        $out['sid'] = $req->sessionId();
        $out['all'] = $s->all();
        unset($s, $req->context['session']); // saved now, before the reply
        $c->send(json_encode($out));
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    $get = function (string $path, ?string $sid) use ($c) {
        fwrite($c, "GET $path HTTP/1.1\r\nHost: x\r\n" . ($sid ? "Cookie: other=1; SID2=$sid\r\n" : '') . "\r\n");
        [, $h, $body] = wserver_test_http_read($c);
        return [$h['set-cookie'][0] ?? null, json_decode($body, true)];
    };
    [$cookie, $r] = $get('/set', null);
    $sid = $r['sid'];
    echo 'cookie: ', str_replace($sid, 'SID', (string) $cookie), "\n";
    echo 'set: ', json_encode($r['all']), ' file: ', is_file("$dir/sess/session_$sid") ? 'yes' : 'no', "\n";
    [$cookie, $r] = $get('/ops', $sid);
    echo 'ops: ', json_encode(array_diff_key($r, ['sid' => 1])), ' same id: ', var_export($r['sid'] === $sid, true), ' new cookie: ', var_export($cookie !== null, true), "\n";
    [$cookie, $r] = $get('/regenerate', $sid);
    echo 'regenerate: new id ', var_export($r['new'] !== $sid && $r['sid'] === $r['new'], true), ', cookie carries it ', var_export(str_starts_with((string) $cookie, "SID2={$r['new']};"), true), ', data ', json_encode($r['all']), "\n";
    $sid = $r['new'];
    // an expired session of someone else: the next session's end removes it
    file_put_contents("$dir/sess/session_old0old0old0old0", serialize(['x' => 1]));
    touch("$dir/sess/session_old0old0old0old0", time() - 1000);
    [, $r] = $get('/flush', $sid);
    echo 'flush: ', json_encode($r['all']), ' file: ', is_file("$dir/sess/session_$sid") ? 'kept' : 'removed', "\n";
    echo 'gc removed the expired one: ', wserver_test_wait(fn () => !is_file("$dir/sess/session_old0old0old0old0")) ? 'yes' : 'no', "\n";
    // a cookie with a malformed id is replaced
    [$cookie] = $get('/', 'bad!id');
    echo 'bad id replaced: ', var_export((bool) preg_match('/^SID2=[0-9a-f]{32};/', (string) $cookie), true), "\n";
});
?>
--EXPECT--
cookie: SID2=SID; Domain=example.com; Max-Age=600; Path=/app; SameSite=Strict; Secure
set: {"a":1,"b":2,"c":3} file: yes
ops: {"pull":2,"pull again":"gone","has c":true,"has a":false,"all":{"c":3}} same id: true new cookie: false
regenerate: new id true, cookie carries it true, data {"c":3}
flush: [] file: removed
gc removed the expired one: yes
bad id replaced: true
