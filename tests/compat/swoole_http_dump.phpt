--TEST--
wserver.aliases=swoole: var_dump() of Http\Server's Request and Response shows Swoole's members in Swoole's order: the Request's tmpfiles (null), $server with remote_addr after server_addr; the Response's fd, socket, header, cookie, trailer (what was set so far)
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
file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log', 'http_compression' => false]);
\$s->on('request', function (\$req, \$resp) {
    ob_start();
    echo implode(',', array_keys((array) \$req)), "\\n", implode(',', array_keys(\$req->server)), "\\n";
    var_dump(\$resp);
    \$resp->header('X-A', 'b');
    \$resp->cookie('c', 'd');
    \$resp->trailer('t', 'u');
    var_dump(\$resp);
    \$resp->end(ob_get_clean());
});
\$s->start();
PHP);
$proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    echo wserver_test_curl(['-s', "http://127.0.0.1:$port/"]);
} finally {
    posix_kill(proc_get_status($proc)['pid'], SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
wserver_test_cleanup($dir);
?>
--EXPECTF--
fd,header,server,cookie,get,files,post,tmpfiles
request_method,request_uri,path_info,request_time,request_time_float,server_protocol,server_port,remote_port,server_addr,remote_addr,master_time
object(Swoole\Http\Response)#%d (5) {
  ["fd"]=>
  int(1)
  ["socket"]=>
  NULL
  ["header"]=>
  NULL
  ["cookie"]=>
  NULL
  ["trailer"]=>
  NULL
}
object(Swoole\Http\Response)#%d (5) {
  ["fd"]=>
  int(1)
  ["socket"]=>
  NULL
  ["header"]=>
  array(1) {
    ["X-A"]=>
    string(1) "b"
  }
  ["cookie"]=>
  array(1) {
    [0]=>
    string(3) "c=d"
  }
  ["trailer"]=>
  array(1) {
    ["t"]=>
    string(1) "u"
  }
}
