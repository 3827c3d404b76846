--TEST--
Http\Server under Swoole's names: a request past package_max_length is refused with 413 and an empty body, as Swoole's; media types carry no charset, as Swoole's table (a static .txt is text/plain, swoole_mime_type_get() says so)
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--INI--
wserver.aliases=swoole
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
echo swoole_mime_type_get('a.txt'), ' ', swoole_mime_type_get('a.html'), "\n";
wserver_test_run(function (int $port, string $dir) {
    mkdir("$dir/root");
    file_put_contents("$dir/root/hello.txt", "hello\n");
    $http = new Swoole\Http\Server('127.0.0.1', $port);
    $http->set(['worker_num' => 1, 'log_file' => "$dir/server.log", 'package_max_length' => 8192,
        'enable_static_handler' => true, 'document_root' => "$dir/root"]);
    $http->on('request', function ($request, $response) {
        $response->end('dynamic');
    });
    $http->start();
}, function (int $port) {
    $base = "http://127.0.0.1:$port";
    echo wserver_test_curl(['-s', '-o', '/dev/null', '-w', '%{http_code} %{size_download}',
        '--data-binary', str_repeat('A', 65536), "$base/"], 5), "\n";
    echo wserver_test_curl(['-s', '-o', '/dev/null', '-w', '%{http_code} %{content_type}', "$base/hello.txt"], 5), "\n";
    echo wserver_test_curl(["$base/other"], 5), "\n";
});
?>
--EXPECT--
text/plain text/html
413 0
200 text/plain
dynamic
