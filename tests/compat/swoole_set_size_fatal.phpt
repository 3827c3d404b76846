--TEST--
wserver.aliases=swoole: a size option of Server::set() written as php.ini writes one ('2M') is taken; one that is no size is Swoole's fatal error "failed to parse ... to size" (exit code 255)
--EXTENSIONS--
wserver
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Server('127.0.0.1', $port);
var_dump(\$s->set(['buffer_output_size' => '2M']), \$s->setting['buffer_output_size']);
\$s->set(['buffer_output_size' => 'xxx--2M']);
echo "not reached\\n";
PHP);
exec(wserver_test_php() . ' -d wserver.aliases=swoole -d display_errors=0 -d log_errors=1 ' . escapeshellarg("$dir/app.php") . ' 2>&1', $out, $exit);
echo preg_replace('~ in /\S+ on line \d+~', '', implode("\n", array_filter($out))), "\nexit $exit\n";
wserver_test_cleanup($dir);
?>
--EXPECT--
bool(true)
int(2097152)
PHP Fatal error:  Swoole\Server::set(): failed to parse 'xxx--2M' to size, Error: Invalid quantity "xxx--2M": no valid leading digits, interpreting as "0" for backwards compatibility
exit 255
