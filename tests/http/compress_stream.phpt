--TEST--
HTTP compression of streamed replies, both APIs: Chunk / Response::write() chunks and an event stream are compressed as one stream, each piece decodable as it arrives (the next is sent only after the client decoded it), trailers after the end, br through curl
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
use WServer\Protocols\Http\{Chunk, Response, ServerSentEvents};

/* The harness options: a slow start (valgrind on a loaded machine) waits until the port answers. */
function opts(): array
{
    $port = wserver_test_free_port();
    return ['port' => $port, 'alarm' => 300, 'wait' => fn () => wserver_test_port_open($port)];
}

/* The head of a reply on $c, as lower-case name => value. */
function read_head($c): array
{
    $head = '';
    $end = microtime(true) + 30; // a worker still starting (valgrind)
    while (!str_contains($head, "\r\n\r\n") && microtime(true) < $end && !feof($c)) {
        $head .= wserver_test_read($c, 1, 0.5);
    }
    $h = [];
    foreach (array_slice(explode("\r\n", trim($head)), 1) as $l) {
        [$k, $v] = explode(':', $l, 2);
        $h[strtolower($k)] = trim($v);
    }
    return $h;
}

/* One chunk's data ('' for the last chunk; then the trailers are read too). */
function read_chunk($c, ?string &$trailers = null): ?string
{
    $line = '';
    $end = microtime(true) + 5;
    while (!str_ends_with($line, "\r\n") && microtime(true) < $end && !feof($c)) {
        $line .= wserver_test_read($c, 1, 0.5);
    }
    $n = hexdec(trim($line));
    if ($n === 0) {
        $trailers = '';
        while (!str_ends_with("\r\n" . $trailers, "\r\n\r\n") && microtime(true) < $end && !feof($c)) {
            $trailers .= wserver_test_read($c, 1, 0.5);
        }
        $trailers = substr($trailers, 0, -2); /* the blank line */
        return '';
    }
    $data = wserver_test_read($c, $n + 2);
    return strlen($data) === $n + 2 ? substr($data, 0, $n) : null;
}

/* Bytes of an event stream up to the end of one flushed piece (a sync flush ends 00 00 ff ff). */
function read_flushed($c): string
{
    $buf = '';
    $end = microtime(true) + 5;
    while (!str_ends_with($buf, "\x00\x00\xff\xff") && microtime(true) < $end && !feof($c)) {
        $buf .= wserver_test_read($c, 1, 0.5);
    }
    return $buf;
}

/* GET $path on a new connection; the reply's body (Content-Length). */
function poke(int $port, string $path): string
{
    $c = wserver_test_connect($port);
    fwrite($c, "GET $path HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    return wserver_test_http_read($c, 30)[2] ?? 'no reply';
}

/* The stream of $path read chunk by chunk, each decoded at once; $next pokes the server for
 * the next piece, which it sends only then. */
function follow(int $port, string $path, string $ae, int $mode, array $next): void
{
    $c = wserver_test_connect($port);
    fwrite($c, "GET $path HTTP/1.1\r\nHost: a\r\nAccept-Encoding: $ae\r\n\r\n");
    $h = read_head($c);
    echo "$path: ", $h['content-encoding'] ?? '-', ' ', $h['vary'] ?? '-', ' ', $h['transfer-encoding'] ?? '-', "\n";
    $inflate = inflate_init($mode);
    $all = '';
    foreach ($next as $poke) {
        $data = read_chunk($c);
        $all .= $data;
        echo '  piece: ', json_encode(inflate_add($inflate, $data, ZLIB_SYNC_FLUSH)), "\n";
        echo '  ', poke($port, $poke), "\n";
    }
    $rest = '';
    for ($i = 0; $i < 10 && ($d = read_chunk($c, $trailers)) !== '' && $d !== null; $i++) {
        $rest .= $d;
    }
    $all .= $rest;
    echo '  last: ', json_encode(inflate_add($inflate, $rest, ZLIB_FINISH)), ' stream end: ',
        json_encode(inflate_get_status($inflate) === ZLIB_STREAM_END), "\n";
    echo '  end chunk', $trailers === '' ? '' : ', trailers: ' . json_encode($trailers), "\n";
    echo '  whole body decodes: ', json_encode($mode === ZLIB_ENCODING_GZIP ? gzdecode($all) : gzuncompress($all)), "\n";
}

// Worker API
wserver_test_run(function (int $port) {
    Http::compression(true);
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $open = null;
    $w->onMessage = function ($c, $req) use (&$open) {
        switch ($req->path()) {
            case '/chunked':
                $open = $c;
                $c->send(new Response(200, ['Transfer-Encoding' => 'chunked', 'Content-Type' => 'text/plain']));
                $c->send(new Chunk('piece one, '));
                return;
            case '/sse':
                $open = $c;
                $c->send(new Response(200, ['Content-Type' => 'text/event-stream'], ''));
                $c->send(new ServerSentEvents(['id' => 1, 'data' => 'event one']));
                return;
            case '/auto':
                $c->send(new Response(200, ['Transfer-Encoding' => 'chunked']));
                foreach (['a', 'b', 'c'] as $p) {
                    $c->send(new Chunk(str_repeat($p, 30)));
                }
                $c->send(new Chunk(''));
                return;
            case '/next':
                $open->send(new Chunk('piece two, '));
                break;
            case '/next-event':
                $open->send(new ServerSentEvents(['id' => 2, 'data' => 'event two']));
                break;
            case '/end':
                $open->send(new Chunk('piece three'));
                $open->send(new Chunk(''));
                break;
        }
        $c->send("sent {$req->path()}");
    };
    WServer\Worker::runAll();
}, function (int $port) {
    echo "-- Worker API\n";
    follow($port, '/chunked', 'gzip', ZLIB_ENCODING_GZIP, ['/next', '/end']);
    follow($port, '/chunked', 'deflate', ZLIB_ENCODING_DEFLATE, ['/next', '/end']);
    // an event stream is not chunked: each event is one flushed piece of the stream
    $c = wserver_test_connect($port);
    fwrite($c, "GET /sse HTTP/1.1\r\nHost: a\r\nAccept-Encoding: gzip\r\n\r\n");
    $h = read_head($c);
    echo "/sse: ", $h['content-encoding'] ?? '-', ' ', $h['content-type'], "\n";
    $inflate = inflate_init(ZLIB_ENCODING_GZIP);
    echo '  event: ', json_encode(inflate_add($inflate, read_flushed($c), ZLIB_SYNC_FLUSH)), "\n";
    echo '  ', poke($port, '/next-event'), "\n";
    echo '  event: ', json_encode(inflate_add($inflate, read_flushed($c), ZLIB_SYNC_FLUSH)), "\n";
    fclose($c);
    // without Accept-Encoding: as before
    $c = wserver_test_connect($port);
    fwrite($c, "GET /auto HTTP/1.1\r\nHost: a\r\n\r\n");
    $h = read_head($c);
    $body = '';
    while (($d = read_chunk($c)) !== '' && $d !== null) {
        $body .= $d;
    }
    echo '/auto plain: ', $h['content-encoding'] ?? '-', ' ', $h['vary'] ?? '-', ' ', strlen($body), "\n";
    // br (no decoder in PHP): curl decodes it
    $out = wserver_test_curl(['-sN', '-H', 'Accept-Encoding: br', '--compressed', '-D', '-', "http://127.0.0.1:$port/auto"]);
    echo '/auto br: ', preg_match('/^Content-Encoding: (\S+)/mi', $out, $m) ? $m[1] : '-', ' ', json_encode(substr($out, strpos($out, "\r\n\r\n") + 4)), "\n";
}, opts());

// Swoole API
wserver_test_run(function (int $port) {
    $s = new WServer\Http\Server('127.0.0.1', $port);
    $s->set(['worker_num' => 1]);
    $open = null;
    $s->on('request', function ($req, $resp) use (&$open) {
        switch ($req->server['request_uri']) {
            case '/write':
            case '/trailer':
                $open = $resp;
                if ($req->server['request_uri'] === '/trailer') {
                    $resp->header('Trailer', 'X-Sum');
                    $resp->trailer('X-Sum', 'abc');
                }
                $resp->write('piece one, ');
                return;
            case '/next':
                $open->write('piece two, ');
                break;
            case '/end':
                $open->end('piece three');
                break;
        }
        $resp->end("sent {$req->server['request_uri']}");
    });
    $s->start();
}, function (int $port) {
    echo "-- Swoole API\n";
    follow($port, '/write', 'gzip', ZLIB_ENCODING_GZIP, ['/next', '/end']);
    follow($port, '/trailer', 'deflate;q=0.5, gzip;q=0.1', ZLIB_ENCODING_DEFLATE, ['/next', '/end']);
}, opts());
?>
--EXPECT--
-- Worker API
/chunked: gzip Accept-Encoding chunked
  piece: "piece one, "
  sent /next
  piece: "piece two, "
  sent /end
  last: "piece three" stream end: true
  end chunk
  whole body decodes: "piece one, piece two, piece three"
/chunked: deflate Accept-Encoding chunked
  piece: "piece one, "
  sent /next
  piece: "piece two, "
  sent /end
  last: "piece three" stream end: true
  end chunk
  whole body decodes: "piece one, piece two, piece three"
/sse: gzip text/event-stream
  event: "id: 1\ndata: event one\n\n"
  sent /next-event
  event: "id: 2\ndata: event two\n\n"
/auto plain: - - 90
/auto br: br "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbbbbcccccccccccccccccccccccccccccc"
-- Swoole API
/write: gzip Accept-Encoding chunked
  piece: "piece one, "
  sent /next
  piece: "piece two, "
  sent /end
  last: "piece three" stream end: true
  end chunk
  whole body decodes: "piece one, piece two, piece three"
/trailer: deflate Accept-Encoding chunked
  piece: "piece one, "
  sent /next
  piece: "piece two, "
  sent /end
  last: "piece three" stream end: true
  end chunk, trailers: "x-sum: abc\r\n"
  whole body decodes: "piece one, piece two, piece three"
