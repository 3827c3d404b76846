--TEST--
HTTP compression (Worker API, Http::compression()): Accept-Encoding q-values choose gzip, deflate, br or zstd; identity, q=0, min length, types, Vary, already encoded, 204/304/206/HEAD untouched; bad headers still answered
--EXTENSIONS--
wserver
pcntl
posix
zlib
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Protocols\Http;
use WServer\Protocols\Http\Response;

ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
$br = str_contains($info, 'brotli version');
$best = $br ? 'br' : (str_contains($info, 'zstd version') ? 'zstd' : 'gzip');

// the switch: off by default (Workerman has none), its settings, its checks
$s = Http::compression();
echo json_encode([$s['enable'], $s['level'], $s['min_length'], in_array('text/*', $s['types'])]), "\n";
foreach ([[true, -1], [true, 23], [true, 1, -1], [true, 1, 20, ['text/html', '']], [true, 1, 20, [3]]] as $args) {
    try {
        Http::compression(...$args);
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo json_encode(Http::compression()['enable']), "\n";

wserver_test_run(function (int $port) {
    Http::compression(true, 6, 20);
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $json = json_encode(array_fill(0, 200, ['id' => 7, 'name' => 'wserver']));
    $shared = new Response(200, ['Content-Type' => 'application/json; charset=utf-8', 'ETag' => '"v1"'], $json);
    $w->onMessage = function ($c, $req) use ($json, $shared) {
        $big = str_repeat('compress me ', 50);
        match ($req->path()) {
            '/json' => $c->send($shared),
            '/string' => $c->send($big),
            '/min19' => $c->send(str_repeat('a', 19)),
            '/min20' => $c->send(str_repeat('a', 20)),
            '/png' => $c->send(new Response(200, ['Content-Type' => 'image/png'], $big)),
            '/svg' => $c->send(new Response(200, ['Content-Type' => 'image/svg+xml'], $big)),
            '/plain' => $c->send(new Response(200, ['Content-Type' => 'Text/Plain; charset=utf-8'], $big)),
            '/encoded' => $c->send(new Response(200, ['Content-Encoding' => 'gzip'], gzencode($big))),
            '/204' => $c->send(new Response(204, [], '')),
            '/304' => $c->send(new Response(304, [], '')),
            '/206' => $c->send(new Response(206, ['Content-Range' => 'bytes 0-599/1000'], $big)),
            '/vary' => $c->send(new Response(200, ['vary' => 'Origin', 'Content-Length' => '600'], $big)),
            default => $c->send(new Response(404, [], 'not here')),
        };
    };
    WServer\Worker::runAll();
}, function (int $port) use ($br, $best) {
    $c = wserver_test_connect($port);
    $get = function (string $path, ?string $ae, string $method = 'GET') use ($c) {
        fwrite($c, "$method $path HTTP/1.1\r\nHost: a\r\n" . ($ae === null ? '' : "Accept-Encoding: $ae\r\n") . "\r\n");
        return wserver_test_http_read($c);
    };
    $decode = fn (?string $enc, string $body) => match ($enc) {
        'gzip' => gzdecode($body),
        'deflate' => gzuncompress($body),
        null => $body,
        default => "($enc)",
    };
    $show = function (string $what, string $path, ?string $ae, string $method = 'GET') use ($get, $decode) {
        [$status, $h, $body] = $get($path, $ae, $method) ?? [0, [], ''];
        $enc = $h['content-encoding'][0] ?? null;
        $plain = $decode($enc, $body);
        printf("%-28s %d %-8s vary=%-22s len=%s %s\n", $what, $status, $enc ?? '-',
            implode(',', $h['vary'] ?? ['-']), $h['content-length'][0] ?? '-',
            $method === 'HEAD' ? '' : substr(md5($plain), 0, 8));
        return [$h, $plain];
    };
    // the choice
    [$h, $plain] = $show('gzip', '/json', 'gzip');
    echo json_encode(json_decode($plain)[0]), ' ', $h['etag'][0], "\n";
    $show('deflate', '/json', 'deflate');
    $show('x-gzip', '/json', 'x-gzip');
    $show('q: deflate over gzip', '/json', 'gzip;q=0.5, deflate;q=0.8');
    $show('q=0 refuses gzip', '/json', 'gzip;q=0, deflate;q=0.1');
    $show('GZIP; Q=1.000 spaces', '/json', ' GZIP ; Q=1.000 ');
    $show('identity only', '/json', 'identity');
    $show('*;q=0 refuses all', '/json', '*;q=0, identity');
    $show('gzip;q=0 with *', '/json', 'gzip;q=0, *;q=0.5, br;q=0, zstd;q=0');
    [, $h] = $get('/json', '*') ?? [0, []];
    echo '*: ', $h['content-encoding'][0] === $best ? 'the preferred coding' : json_encode($h), "\n";
    [, $h] = $get('/json', 'br;q=0.9, gzip;q=0.9') ?? [0, []];
    echo 'br and gzip at equal q: ', $h['content-encoding'][0] === ($br ? 'br' : 'gzip') ? 'br when built' : json_encode($h), "\n";
    [, $h] = $get("/json", "gzip;q=0.1, br") ?? [0, []];
    echo 'br asked first: ', ($h['content-encoding'][0] ?? '-') === ($br ? 'br' : 'gzip') ? 'ok' : json_encode($h), "\n";
    $show('no Accept-Encoding', '/json', null);
    // which replies
    $show('string reply', '/string', 'gzip');
    $show('19 bytes (min 20)', '/min19', 'gzip');
    $show('20 bytes', '/min20', 'gzip');
    $show('image/png', '/png', 'gzip');
    $show('image/svg+xml', '/svg', 'gzip');
    $show('Text/Plain; charset', '/plain', 'deflate');
    $show('already encoded', '/encoded', 'gzip');
    $show('204', '/204', 'gzip');
    $show('304', '/304', 'gzip');
    $show('206 with Content-Range', '/206', 'gzip');
    // HEAD: the head only (the application sends what it sends), on its own connection
    $hc = wserver_test_connect($port);
    fwrite($hc, "HEAD /json HTTP/1.1\r\nHost: a\r\nAccept-Encoding: gzip\r\n\r\n");
    $head = '';
    $end = microtime(true) + 5;
    while (!str_contains($head, "\r\n\r\n") && microtime(true) < $end) {
        $head .= wserver_test_read($hc, 1, 0.5);
    }
    echo 'HEAD: ', stripos($head, 'Content-Encoding') === false && str_contains($head, 'Content-Length: 5201') ? 'not encoded' : $head, "\n";
    $show('vary kept, length redone', '/vary', 'gzip');
    // the shared Response was not changed by being compressed
    $show('shared Response again', '/json', null);
    // headers that cannot be read: answered, as identity
    foreach (['gzip;q=abc', 'gzip;q=2', ';;;,,,', 'gzip;;q=0.5', "gzip\tq=1", str_repeat('x,', 2000), 'q=1', 'gzip;q=0.5000', '=;=,'] as $bad) {
        [$status, $h, $body] = $get('/json', $bad) ?? [0, [], ''];
        $enc = $h['content-encoding'][0] ?? null;
        echo 'bad ', json_encode(substr($bad, 0, 12)), ": $status ", $enc ?? '-', ' ', $decode($enc, $body) === json_encode(array_fill(0, 200, ['id' => 7, 'name' => 'wserver'])) ? 'body ok' : 'body wrong', "\n";
    }
}, ['alarm' => 120]); // valgrind is slow
?>
--EXPECTF--
[false,1,20,true]
ValueError: WServer\Protocols\Http::compression(): Argument #2 ($level) must be between 0 and 22
ValueError: WServer\Protocols\Http::compression(): Argument #2 ($level) must be between 0 and 22
ValueError: WServer\Protocols\Http::compression(): Argument #3 ($minLength) must be greater than or equal to 0
ValueError: WServer\Protocols\Http::compression(): Argument #4 ($types) must be a list of media types (non-empty strings)
ValueError: WServer\Protocols\Http::compression(): Argument #4 ($types) must be a list of media types (non-empty strings)
false
gzip                         200 gzip     vary=Accept-Encoding        len=%d %s
{"id":7,"name":"wserver"} W/"v1"
deflate                      200 deflate  vary=Accept-Encoding        len=%d %s
x-gzip                       200 gzip     vary=Accept-Encoding        len=%d %s
q: deflate over gzip         200 deflate  vary=Accept-Encoding        len=%d %s
q=0 refuses gzip             200 deflate  vary=Accept-Encoding        len=%d %s
GZIP; Q=1.000 spaces         200 gzip     vary=Accept-Encoding        len=%d %s
identity only                200 -        vary=Accept-Encoding        len=5201 %s
*;q=0 refuses all            200 -        vary=Accept-Encoding        len=5201 %s
gzip;q=0 with *              200 deflate  vary=Accept-Encoding        len=%d %s
*: the preferred coding
br and gzip at equal q: br when built
br asked first: ok
no Accept-Encoding           200 -        vary=-                      len=5201 %s
string reply                 200 gzip     vary=Accept-Encoding        len=%d f05cada4
19 bytes (min 20)            200 -        vary=-                      len=19 %s
20 bytes                     200 gzip     vary=Accept-Encoding        len=%d %s
image/png                    200 -        vary=-                      len=600 f05cada4
image/svg+xml                200 gzip     vary=Accept-Encoding        len=%d f05cada4
Text/Plain; charset          200 deflate  vary=Accept-Encoding        len=%d f05cada4
already encoded              200 gzip     vary=-                      len=%d f05cada4
204                          204 -        vary=-                      len=%s %s
304                          304 -        vary=-                      len=%s %s
206 with Content-Range       206 -        vary=-                      len=600 f05cada4
HEAD: not encoded
vary kept, length redone     200 gzip     vary=Origin, Accept-Encoding len=%d f05cada4
shared Response again        200 -        vary=-                      len=5201 %s
bad "gzip;q=abc": 200 - body ok
bad "gzip;q=2": 200 - body ok
bad ";;;,,,": 200 - body ok
bad "gzip;;q=0.5": 200 gzip body ok
bad "gzip\tq=1": 200 - body ok
bad "x,x,x,x,x,x,": 200 - body ok
bad "q=1": 200 - body ok
bad "gzip;q=0.500": 200 - body ok
bad "=;=,": 200 - body ok
