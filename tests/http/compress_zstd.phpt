--TEST--
HTTP compression with zstd (built with libzstd): Accept-Encoding q-values choose it (br, zstd, gzip, deflate at equal q), compression_level 0-22 (past 22 refused), whole and streamed replies on both APIs decoded by the zstd CLI and curl, the coroutine HTTP client decodes a zstd body (and warns on a broken one)
--EXTENSIONS--
wserver
pcntl
posix
zlib
--SKIPIF--
<?php
ob_start();
phpinfo(INFO_MODULES);
if (!str_contains(ob_get_clean(), 'zstd version')) {
    die('skip built without libzstd');
}
if (!is_executable('/usr/bin/zstd')) {
    die('skip no zstd CLI (apt-get install zstd)');
}
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Coroutine\Http\Client;
use WServer\Protocols\Http;
use WServer\Protocols\Http\{Chunk, Response};

ob_start();
phpinfo(INFO_MODULES);
$br = str_contains(ob_get_clean(), 'brotli version');

/* $bytes decoded by the zstd CLI ('(not zstd)' when it cannot). */
function unzstd(string $bytes): string
{
    $f = tempnam(sys_get_temp_dir(), 'wszstd');
    file_put_contents($f, $bytes);
    exec('/usr/bin/zstd -dcq ' . escapeshellarg($f) . ' 2>/dev/null', $lines, $rc);
    $out = $rc === 0 ? (string) shell_exec('/usr/bin/zstd -dcq ' . escapeshellarg($f)) : '(not zstd)';
    unlink($f);
    return $out;
}

function opts(): array
{
    $port = wserver_test_free_port();
    return ['port' => $port, 'alarm' => 300, 'wait' => fn () => wserver_test_port_open($port)];
}

/* GET $path with Accept-Encoding $ae: [status, headers, raw body (chunks joined), how many
 * data chunks: one per piece written, then the one that ends the zstd frame]. */
function get(int $port, string $path, ?string $ae): array
{
    $c = wserver_test_connect($port);
    fwrite($c, "GET $path HTTP/1.1\r\nHost: a\r\nConnection: close\r\n" . ($ae === null ? '' : "Accept-Encoding: $ae\r\n") . "\r\n");
    $all = '';
    $end = microtime(true) + 30; // a worker still starting (valgrind)
    $done = function () use (&$all) {
        $at = strpos($all, "\r\n\r\n");
        if ($at === false) {
            return false;
        }
        if (preg_match('/^Content-Length: *(\d+)/mi', substr($all, 0, $at), $m)) {
            return strlen($all) - $at - 4 >= (int) $m[1];
        }
        return str_ends_with($all, "\r\n0\r\n\r\n"); /* the last chunk */
    };
    while (!$done() && !feof($c) && microtime(true) < $end) {
        $all .= wserver_test_read($c, 65536, 0.2);
    }
    fclose($c);
    [$head, $body] = explode("\r\n\r\n", $all, 2) + [1 => ''];
    $lines = explode("\r\n", $head);
    $status = (int) (explode(' ', array_shift($lines))[1] ?? 0);
    $h = [];
    foreach ($lines as $l) {
        [$k, $v] = explode(':', $l, 2) + [1 => ''];
        $h[strtolower($k)][] = trim($v);
    }
    $chunks = 0;
    if (($h['transfer-encoding'][0] ?? '') === 'chunked') {
        $raw = $body;
        $body = '';
        while (($eol = strpos($raw, "\r\n")) !== false && ($n = hexdec(substr($raw, 0, $eol))) > 0) {
            $body .= substr($raw, $eol + 2, $n);
            $raw = substr($raw, $eol + 2 + $n + 2);
            $chunks++;
        }
    }
    return [$status, $h, $body, $chunks];
}

// the level: 0-22 on both APIs, each codec clamps it
$s = new WServer\Http\Server('127.0.0.1', wserver_test_free_port());
$s->set(['compression_level' => 22, 'http_compression_level' => 0]);
echo 'set() 22 and 0: accepted', "\n";
$s->set(['compression_level' => 23]);
try {
    Http::compression(null, 23);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo 'Http::compression(null, 22): ', Http::compression(null, 22)['level'], "\n";
unset($s);

$data = base64_encode(random_bytes(256 * 1024));
file_put_contents(sys_get_temp_dir() . '/wserver_zstd_data', $data);

// Http\Server at level 20, as Swoole's test
wserver_test_run(function (int $port) {
    $s = new WServer\Http\Server('127.0.0.1', $port);
    $s->set(['worker_num' => 1, 'compression_level' => 20, 'log_file' => '/dev/null']);
    $data = file_get_contents(sys_get_temp_dir() . '/wserver_zstd_data');
    $s->on('request', function ($req, $resp) use ($data) {
        switch ($req->server['request_uri']) {
            case '/stream':
                foreach (['piece one, ', 'piece two, ', 'piece three'] as $p) {
                    $resp->write($p);
                }
                $resp->end();
                return;
            case '/bad':
                $resp->header('Content-Encoding', 'zstd');
                $resp->end('this is not zstd data at all');
                return;
            case '/asked':
                $resp->end('asked: ' . ($req->header['accept-encoding'] ?? '-') . str_repeat('.', 40));
                return;
        }
        $resp->end($data);
    });
    $s->start();
}, function (int $port) use ($data, $br) {
    [$status, $h, $body] = get($port, '/', 'zstd');
    echo 'zstd: ', $status, ' ', $h['content-encoding'][0] ?? '-', ' ', $h['vary'][0] ?? '-',
        ' length is the compressed one: ', json_encode((int) $h['content-length'][0] === strlen($body)),
        ' smaller: ', json_encode(strlen($body) < strlen($data)),
        ' CLI decodes it: ', json_encode(unzstd($body) === $data), "\n";
    // the choice, q-values as for the others
    $want = fn (string $c) => $c === 'br' && !$br ? 'zstd' : $c;
    foreach ([
        'gzip, zstd' => 'zstd',
        'gzip, deflate, br, zstd' => $want('br'),
        'zstd;q=0.5, gzip' => 'gzip',
        'gzip;q=0.5, zstd;q=0.9, br;q=0.1' => 'zstd',
        'ZSTD ; Q=1.0' => 'zstd',
        'zstd;q=0' => '-',
        'zstd;q=0, gzip;q=0.1' => 'gzip',
        '*' => $want('br'),
        'br;q=0, *;q=0.3' => 'zstd',
        'zstd;q=0, *' => $br ? 'br' : 'gzip',
    ] as $ae => $expected) {
        [, $h] = get($port, '/', $ae);
        $enc = $h['content-encoding'][0] ?? '-';
        printf("%-34s %s\n", $ae, $enc === $expected ? 'as expected' : "$enc, not $expected");
    }
    // a streamed reply: one zstd stream in chunks, flushed after each piece
    [$status, $h, $body, $chunks] = get($port, '/stream', 'zstd');
    echo '/stream: ', $h['content-encoding'][0] ?? '-', ' ', $h['transfer-encoding'][0] ?? '-', " $chunks chunks ", json_encode(unzstd($body)), "\n";
    $out = wserver_test_curl(['-sN', '-H', 'Accept-Encoding: zstd', '--compressed', '-D', '-', "http://127.0.0.1:$port/stream"]);
    echo '/stream by curl: ', preg_match('/^Content-Encoding: (\S+)/mi', $out, $m) ? $m[1] : '-', ' ', json_encode(substr($out, strpos($out, "\r\n\r\n") + 4)), "\n";
    // the coroutine client
    WServer\Coroutine\run(function () use ($port, $data) {
        $c = new Client('127.0.0.1', $port);
        $c->setHeaders(['Accept-Encoding' => 'zstd']);
        $c->get('/');
        echo 'client: ', $c->statusCode, ' ', $c->headers['content-encoding'], ' decoded: ', json_encode($c->body === $data), "\n";
        $c->get('/stream');
        echo 'client, streamed: ', $c->headers['content-encoding'], ' ', json_encode($c->body), "\n";
        $c->get('/bad');
        echo 'client, broken: ', $c->headers['content-encoding'], ' ', json_encode($c->body), "\n";
        $c->setHeaders([]);
        $c->get('/asked');
        echo 'client offers: ', substr($c->body, 0, strpos($c->body, '.')), ' (', $c->headers['content-encoding'] ?? '-', ")\n";
        $c->set(['body_decompression' => false]);
        $c->setHeaders(['Accept-Encoding' => 'zstd']);
        $c->get('/stream');
        echo 'client, body_decompression off: ', json_encode(unzstd($c->body)), "\n";
        $c->close();
    });
}, opts());

// Worker API
wserver_test_run(function (int $port) {
    Http::compression(true, 9);
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $data = file_get_contents(sys_get_temp_dir() . '/wserver_zstd_data');
    $w->onMessage = function ($c, $req) use ($data) {
        if ($req->path() === '/chunked') {
            $c->send(new Response(200, ['Transfer-Encoding' => 'chunked', 'Content-Type' => 'text/plain']));
            foreach (['a', 'b', 'c'] as $p) {
                $c->send(new Chunk(str_repeat($p, 30)));
            }
            $c->send(new Chunk(''));
            return;
        }
        $c->send(new Response(200, ['Content-Type' => 'application/json'], json_encode(['data' => $data])));
    };
    WServer\Worker::runAll();
}, function (int $port) use ($data) {
    [$status, $h, $body] = get($port, '/', 'gzip;q=0.8, zstd');
    echo 'Worker: ', $status, ' ', $h['content-encoding'][0] ?? '-', ' ', json_encode(unzstd($body) === json_encode(['data' => $data])), "\n";
    [$status, $h, $body, $chunks] = get($port, '/chunked', 'zstd');
    echo 'Worker chunked: ', $h['content-encoding'][0] ?? '-', " $chunks chunks ", json_encode(unzstd($body)), "\n";
}, opts());
unlink(sys_get_temp_dir() . '/wserver_zstd_data');
?>
--EXPECTF--
set() 22 and 0: accepted

Warning: WServer\Server::set(): option "compression_level" must be between 0 and 22, 23 given in %s on line %d
ValueError: WServer\Protocols\Http::compression(): Argument #2 ($level) must be between 0 and 22
Http::compression(null, 22): 22
zstd: 200 zstd Accept-Encoding length is the compressed one: true smaller: true CLI decodes it: true
gzip, zstd                         as expected
gzip, deflate, br, zstd            as expected
zstd;q=0.5, gzip                   as expected
gzip;q=0.5, zstd;q=0.9, br;q=0.1   as expected
ZSTD ; Q=1.0                       as expected
zstd;q=0                           as expected
zstd;q=0, gzip;q=0.1               as expected
*                                  as expected
br;q=0, *;q=0.3                    as expected
zstd;q=0, *                        as expected
/stream: zstd chunked 4 chunks "piece one, piece two, piece three"
/stream by curl: zstd "piece one, piece two, piece three"
client: 200 zstd decoded: true
client, streamed: zstd "piece one, piece two, piece three"

Warning: WServer\Coroutine\Http\Client::get(): the zstd body could not be decoded: kept as it came in %s on line %d
client, broken: zstd "this is not zstd data at all"
client offers: asked: gzip, deflate (gzip)
client, body_decompression off: "piece one, piece two, piece three"
Worker: 200 zstd true
Worker chunked: zstd 4 chunks "a%sc"
