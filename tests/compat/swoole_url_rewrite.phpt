--TEST--
wserver.aliases=swoole: Http\Server's url_rewrite_rules rewrite a URL before the static handler looks it up, as Swoole: a ~regex~ with $1 references or a prefix, the first rule that changes it wins; a rewritten URL missing under a location is a 404, others go to the request callback unchanged
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
mkdir("$dir/root/static/article", 0777, true);
file_put_contents("$dir/root/static/3.html", 'post three');
file_put_contents("$dir/root/static/article/settings.html", 'settings');
file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log', 'document_root' => '$dir/root',
    'enable_static_handler' => true, 'static_handler_locations' => ['/static'],
    'url_rewrite_rules' => ['~^/view/post/(\\d+)$~' => '/static/\$1.html', '/article/' => '/static/article/']]);
\$s->on('request', function (\$req, \$resp) {
    \$resp->end('dynamic ' . \$req->server['request_uri']);
});
\$s->start();
PHP);
$proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    foreach (['/view/post/3', '/view/post/99', '/view/post/x', '/article/settings.html', '/article/none.html', '/static/3.html', '/other'] as $url) {
        $out = wserver_test_curl(['-s', '-w', ' %{http_code}', "http://127.0.0.1:$port$url"]);
        echo "$url: ", str_contains($out, '404 Not Found') ? '404 page 404' : $out, "\n";
    }
} finally {
    posix_kill(proc_get_status($proc)['pid'], SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
/view/post/3: post three 200
/view/post/99: 404 page 404
/view/post/x: dynamic /view/post/x 200
/article/settings.html: settings 200
/article/none.html: 404 page 404
/static/3.html: post three 200
/other: dynamic /other 200
