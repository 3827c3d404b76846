--TEST--
HTTP compression on Http\Server and WebSocket\Server: on by default as Swoole, http_compression, http_compression_level (and its other names), compression_min_length, http_compression_types; curl --compressed and br on both APIs
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

mt_srand(7);
$words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];
$text = '';
while (strlen($text) < 6000) {
    $text .= $words[mt_rand(0, 9)] . (mt_rand(0, 5) ? ' ' : "\n") . mt_rand(0, 999) . ' ';
}
file_put_contents(sys_get_temp_dir() . '/wserver_compress_text', $text);

function swoole_server(string $class, array $set): callable
{
    return function (int $port) use ($class, $set) {
        $s = new $class('127.0.0.1', $port);
        $s->set(['worker_num' => 1] + $set);
        $text = file_get_contents(sys_get_temp_dir() . '/wserver_compress_text');
        $s->on('request', function ($req, $resp) use ($text) {
            match ($req->server['request_uri']) {
                '/json' => $resp->header('Content-Type', 'application/json'),
                '/600' => $text = substr($text, 0, 600),
                default => null,
            };
            $resp->end($text);
        });
        if ($s instanceof WServer\WebSocket\Server) {
            $s->on('message', fn () => null);
        }
        $s->start();
    };
}

/* The harness options: a slow start (valgrind on a loaded machine) waits until the port answers. */
function opts(): array
{
    $port = wserver_test_free_port();
    return ['port' => $port, 'alarm' => 300, 'wait' => fn () => wserver_test_port_open($port)];
}

/* Content-Encoding and size of the reply to GET $path with Accept-Encoding $ae; the body decoded. */
function fetch(int $port, string $path, string $ae = 'gzip'): string
{
    $c = wserver_test_connect($port);
    fwrite($c, "GET $path HTTP/1.1\r\nHost: a\r\nAccept-Encoding: $ae\r\nConnection: close\r\n\r\n");
    [$status, $h, $body] = wserver_test_http_read($c, 30) ?? [0, [], '']; // a worker still starting (valgrind)
    $enc = $h['content-encoding'][0] ?? null;
    $plain = match ($enc) { 'gzip' => gzdecode($body), 'deflate' => gzuncompress($body), default => $body };
    $same = $plain === file_get_contents(sys_get_temp_dir() . '/wserver_compress_text') || strlen($plain) === 600;
    return sprintf('%s %s %s', $enc ?? '-', $enc ? strlen($body) : 0, $same ? 'same body' : 'body differs');
}

$cases = [
    'defaults' => [[], ['/', '/json', '/600']],
    'http_compression off' => [['http_compression' => false], ['/']],
    'level 9, min 1000, types json' => [['http_compression_level' => 9, 'compression_min_length' => 1000,
        'http_compression_types' => ['application/json']], ['/', '/json', '/600']],
    'gzip_level 9, min "1K", types text/*' => [['http_gzip_level' => 9, 'http_compression_min_length' => '1K',
        'compression_types' => ['text/*']], ['/', '/json', '/600']],
    'http_compression_types []' => [['http_compression_types' => []], ['/', '/json']],
];
$sizes = [];
foreach ($cases as $name => [$set, $paths]) {
    wserver_test_run(swoole_server(WServer\Http\Server::class, $set), function (int $port) use ($name, $paths, &$sizes) {
        foreach ($paths as $p) {
            $r = fetch($port, $p);
            printf("%-36s %-6s %s\n", $name, $p, preg_replace('/ \d+ /', ' ', $r));
            $sizes[$name . $p] = (int) explode(' ', $r)[1];
        }
    }, opts());
}
echo 'level 9 smaller than 1: ', json_encode($sizes['level 9, min 1000, types json/json'] < $sizes['defaults/json']
    && $sizes['gzip_level 9, min "1K", types text/*/'] < $sizes['defaults/']), "\n";

// WebSocket\Server answers plain requests compressed as well
wserver_test_run(swoole_server(WServer\WebSocket\Server::class, []), function (int $port) {
    echo 'WebSocket\Server: ', preg_replace('/ \d+ /', ' ', fetch($port, '/json', 'deflate')), "\n";
}, opts());

// curl --compressed on both APIs (curl asks for deflate, gzip, br, zstd: br is preferred)
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
$best = str_contains($info, 'brotli version') ? 'br' : (str_contains($info, 'zstd version') ? 'zstd' : 'gzip');
$curl = function (int $port, string $api) use ($best, $text) {
    foreach ([['--compressed'], ['--compressed', '-H', 'Accept-Encoding: br'], ['--compressed', '-H', 'Accept-Encoding: gzip;q=0.2, deflate;q=0.3']] as $args) {
        $out = wserver_test_curl(array_merge(['-D', '-'], $args, ["http://127.0.0.1:$port/"]));
        [$head, $body] = explode("\r\n\r\n", $out, 2) + [1 => ''];
        $enc = preg_match('/^Content-Encoding: (\S+)/mi', $head, $m) ? $m[1] : '-';
        printf("%-11s curl %-48s %s %s\n", $api, implode(' ', $args), $enc === $best ? 'best' : $enc, $body === $text ? 'same body' : 'body differs: ' . json_encode(substr($out, 0, 300)));
    }
};
wserver_test_run(swoole_server(WServer\Http\Server::class, []), fn (int $port) => $curl($port, 'Http\Server'), opts());
wserver_test_run(function (int $port) {
    Http::compression(true);
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $text = file_get_contents(sys_get_temp_dir() . '/wserver_compress_text');
    $w->onMessage = fn ($c) => $c->send(new Response(200, ['Content-Type' => 'text/plain'], $text));
    WServer\Worker::runAll();
}, fn (int $port) => $curl($port, 'Worker'), opts());
unlink(sys_get_temp_dir() . '/wserver_compress_text');
?>
--EXPECT--
defaults                             /      gzip same body
defaults                             /json  gzip same body
defaults                             /600   gzip same body
http_compression off                 /      - same body
level 9, min 1000, types json        /      - same body
level 9, min 1000, types json        /json  gzip same body
level 9, min 1000, types json        /600   - same body
gzip_level 9, min "1K", types text/* /      gzip same body
gzip_level 9, min "1K", types text/* /json  - same body
gzip_level 9, min "1K", types text/* /600   - same body
http_compression_types []            /      - same body
http_compression_types []            /json  - same body
level 9 smaller than 1: true
WebSocket\Server: deflate same body
Http\Server curl --compressed                                     best same body
Http\Server curl --compressed -H Accept-Encoding: br              best same body
Http\Server curl --compressed -H Accept-Encoding: gzip;q=0.2, deflate;q=0.3 deflate same body
Worker      curl --compressed                                     best same body
Worker      curl --compressed -H Accept-Encoding: br              best same body
Worker      curl --compressed -H Accept-Encoding: gzip;q=0.2, deflate;q=0.3 deflate same body
