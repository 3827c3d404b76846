--TEST--
wserver.aliases=swoole: Http\Server's $files: a name with brackets nests the file's entries by default, and takes PHP's $_FILES layout with http_parse_files; uploaded temp files pass is_uploaded_file() and move_uploaded_file(), on both layouts, small and spooled bodies
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
$ports = [wserver_test_free_port(), wserver_test_free_port()];
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
foreach ($ports as $i => $port) {
    $parse = $i ? 'true' : 'false';
    file_put_contents("$dir/app$i.php", <<<PHP
<?php
\$s = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'http_parse_files' => $parse, 'package_max_length' => 1 << 20,
    'upload_max_filesize' => 8 << 20, 'log_file' => '$dir/app$i.log']);
\$s->on('request', function (\$req, \$resp) {
    \$f = \$req->files;
    \$tmp = \$f['form']['tmp_name']['group']['file'] ?? \$f['form']['group']['file']['tmp_name'];
    \$out = [
        'plain' => array_keys(\$f['plain']),
        'form' => array_keys(\$f['form']),
        'deep' => \$f['form']['name']['group']['file'] ?? \$f['form']['group']['file']['name'],
        'uploaded' => is_uploaded_file(\$f['plain']['tmp_name']) && is_uploaded_file(\$tmp),
        'other' => is_uploaded_file(__FILE__),
        'moved' => move_uploaded_file(\$tmp, '$dir/moved$i') && file_get_contents('$dir/moved$i') === "deep\\n",
    ];
    \$resp->end(json_encode(\$out));
});
\$s->start();
PHP);
}
file_put_contents("$dir/plain.txt", "plain\n");
file_put_contents("$dir/deep.txt", "deep\n");
file_put_contents("$dir/big.bin", str_repeat('x', 3 << 20));
$procs = [];
foreach ($ports as $i => $port) {
    $procs[] = proc_open($php . escapeshellarg("$dir/app$i.php") . " > $dir/app$i.out 2>&1", [], $pipes);
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "app$i did not come up\n", file_get_contents("$dir/app$i.out");
    }
}
try {
    foreach ($ports as $i => $port) {
        foreach (['small' => "$dir/plain.txt", 'spooled' => "$dir/big.bin"] as $what => $plain) {
            echo "http_parse_files=", $i ? 'true' : 'false', " $what: ", wserver_test_curl([
                '-F', "plain=@$plain", '-F', "form[file]=@$dir/plain.txt", '-F', "form[group][file]=@$dir/deep.txt",
                "http://127.0.0.1:$port/",
            ]), "\n";
        }
    }
} finally {
    foreach ($procs as $proc) {
        posix_kill(proc_get_status($proc)['pid'], SIGTERM);
        wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
        proc_close($proc);
    }
}
echo file_get_contents("$dir/app0.out"), file_get_contents("$dir/app1.out");
wserver_test_cleanup($dir);
?>
--EXPECT--
http_parse_files=false small: {"plain":["name","tmp_name","size","error","type"],"form":["file","group"],"deep":"deep.txt","uploaded":true,"other":false,"moved":true}
http_parse_files=false spooled: {"plain":["name","tmp_name","size","error","type"],"form":["file","group"],"deep":"deep.txt","uploaded":true,"other":false,"moved":true}
http_parse_files=true small: {"plain":["name","tmp_name","size","error","type"],"form":["name","type","tmp_name","error","size"],"deep":"deep.txt","uploaded":true,"other":false,"moved":true}
http_parse_files=true spooled: {"plain":["name","tmp_name","size","error","type"],"form":["name","type","tmp_name","error","size"],"deep":"deep.txt","uploaded":true,"other":false,"moved":true}
