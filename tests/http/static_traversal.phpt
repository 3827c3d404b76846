--TEST--
HTTP static files: no file outside the document root, whatever the path (../, %2e%2e, encoded slashes and backslashes, NUL, symlinks leading out by a relative or absolute target, a symlinked directory), over raw sockets and curl --path-as-is, with and without locations; a symlink that stays inside is served
--EXTENSIONS--
wserver
pcntl
posix
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip /usr/bin/curl missing'); ?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

$dir = wserver_test_dir();
$root = "$dir/root";
mkdir("$root/static", 0777, true);
file_put_contents("$dir/secret.txt", 'TOPSECRET');
file_put_contents("$root/static/ok.txt", 'fine');
symlink('../../secret.txt', "$root/static/out.txt");
symlink("$dir/secret.txt", "$root/static/abs.txt");
symlink($dir, "$root/static/dirlink");
symlink("$root/static/ok.txt", "$root/static/abs-in.txt");
symlink('ok.txt', "$root/static/rel-in.txt");

$port2 = wserver_test_free_port();
wserver_test_run(function (int $port) use ($root, $port2) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->staticHandler = ['document_root' => $root];
    $w->onMessage = fn ($c, $r) => $c->send('app');
    $w2 = new WServer\Worker("http://127.0.0.1:$port2");
    $w2->staticHandler = ['document_root' => $root, 'static_handler_locations' => ['/static', '/..', '/%2e']];
    $w2->onMessage = fn ($c, $r) => $c->send('app');
    WServer\Worker::runAll();
}, function (int $port) use ($port2) {
    if (!wserver_test_wait(fn () => wserver_test_listening($port2), 10)) {
        echo "second server did not come up\n";
    }
    $paths = ['/../secret.txt', '/static/../../secret.txt', '/%2e%2e/secret.txt', '/%2E%2e/%2e%2E/secret.txt',
        '/static/%2e%2e/%2e%2e/secret.txt', '/static/..%2f..%2fsecret.txt', '/..%2fsecret.txt', '/static/..%5c..%5csecret.txt',
        '/static/ok.txt%00.txt', '/static/out.txt', '/static/abs.txt', '/static/dirlink/secret.txt',
        '/static/dirlink/root/static/ok.txt', '//etc/passwd', '/static/%2fetc%2fpasswd', '/static/.%2e/.%2e/secret.txt',
        '/static/ok.txt', '/static/./ok.txt', '/static//ok.txt', '/static/abs-in.txt', '/static/rel-in.txt'];
    foreach ([$port, $port2] as $i => $p) {
        echo $i ? "-- with locations\n" : "-- without locations\n";
        foreach ($paths as $path) {
            $c = wserver_test_connect($p);
            fwrite($c, "GET $path HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
            $r = wserver_test_http_read($c);
            fclose($c);
            $curl = wserver_test_curl(['-s', '--path-as-is', '-w', ' %{http_code}', "http://127.0.0.1:$p$path"]);
            $leak = str_contains(($r[2] ?? '') . $curl, 'TOPSECRET') || str_contains(($r[2] ?? '') . $curl, 'root:');
            printf("%-38s raw %s %-6s curl %s%s\n", $path, $r[0] ?? '?', json_encode($r[2] ?? null) === '"app"' ? 'app' : (($r[0] ?? 0) === 200 ? $r[2] : ''),
                substr($curl, -3), $leak ? ' LEAK' : '');
        }
    }
    // a NUL byte on the wire, and a request line that is not a path at all
    foreach (["GET /static/ok.txt\0.x HTTP/1.1", "GET static/ok.txt HTTP/1.1", "GET http://a/static/ok.txt HTTP/1.1"] as $line) {
        $c = wserver_test_connect($port);
        fwrite($c, "$line\r\nHost: a\r\nConnection: close\r\n\r\n");
        $r = wserver_test_http_read($c);
        fclose($c);
        echo json_encode($line), ' ', $r[0] ?? 'closed', ' ', json_encode($r[2] ?? ''), "\n";
    }
}, ['alarm' => 180]); // dozens of curl runs: slow on a loaded machine
wserver_test_rmdir($dir);
?>
--EXPECT--
-- without locations
/../secret.txt                         raw 403        curl 403
/static/../../secret.txt               raw 403        curl 403
/%2e%2e/secret.txt                     raw 403        curl 403
/%2E%2e/%2e%2E/secret.txt              raw 403        curl 403
/static/%2e%2e/%2e%2e/secret.txt       raw 403        curl 403
/static/..%2f..%2fsecret.txt           raw 200 app    curl 200
/..%2fsecret.txt                       raw 200 app    curl 200
/static/..%5c..%5csecret.txt           raw 200 app    curl 200
/static/ok.txt%00.txt                  raw 403        curl 403
/static/out.txt                        raw 403        curl 403
/static/abs.txt                        raw 403        curl 403
/static/dirlink/secret.txt             raw 403        curl 403
/static/dirlink/root/static/ok.txt     raw 200 fine   curl 200
//etc/passwd                           raw 200 app    curl 200
/static/%2fetc%2fpasswd                raw 200 app    curl 200
/static/.%2e/.%2e/secret.txt           raw 403        curl 403
/static/ok.txt                         raw 200 fine   curl 200
/static/./ok.txt                       raw 200 fine   curl 200
/static//ok.txt                        raw 200 fine   curl 200
/static/abs-in.txt                     raw 200 fine   curl 200
/static/rel-in.txt                     raw 200 fine   curl 200
-- with locations
/../secret.txt                         raw 403        curl 403
/static/../../secret.txt               raw 403        curl 403
/%2e%2e/secret.txt                     raw 403        curl 403
/%2E%2e/%2e%2E/secret.txt              raw 403        curl 403
/static/%2e%2e/%2e%2e/secret.txt       raw 403        curl 403
/static/..%2f..%2fsecret.txt           raw 404        curl 404
/..%2fsecret.txt                       raw 404        curl 404
/static/..%5c..%5csecret.txt           raw 404        curl 404
/static/ok.txt%00.txt                  raw 403        curl 403
/static/out.txt                        raw 403        curl 403
/static/abs.txt                        raw 403        curl 403
/static/dirlink/secret.txt             raw 403        curl 403
/static/dirlink/root/static/ok.txt     raw 200 fine   curl 200
//etc/passwd                           raw 200 app    curl 200
/static/%2fetc%2fpasswd                raw 404        curl 404
/static/.%2e/.%2e/secret.txt           raw 403        curl 403
/static/ok.txt                         raw 200 fine   curl 200
/static/./ok.txt                       raw 200 fine   curl 200
/static//ok.txt                        raw 200 fine   curl 200
/static/abs-in.txt                     raw 200 fine   curl 200
/static/rel-in.txt                     raw 200 fine   curl 200
"GET \/static\/ok.txt\u0000.x HTTP\/1.1" 400 "400 Bad Request"
"GET static\/ok.txt HTTP\/1.1" 200 "app"
"GET http:\/\/a\/static\/ok.txt HTTP\/1.1" 200 "app"