--TEST--
Extension: php --ri wserver shows the version, the libev version and the backend, the zlib, OpenSSL and brotli versions; VERSION matches
--EXTENSIONS--
wserver
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
var_dump(WServer\Worker::VERSION === phpversion('wserver'));
$out = shell_exec(wserver_test_php() . ' --ri wserver');
foreach (explode("\n", trim($out)) as $line) {
    echo preg_replace(['/=> \d+\.\d+\.\d+$/', '/=> \d+\.\d+$/'], ['=> X.Y.Z', '=> X.Y'], $line), "\n";
}
?>
--EXPECTF--
bool(true)
wserver

wserver support => enabled
Version => X.Y.Z
libev version => X.Y
libev backend => %s
zlib version => X.Y.Z
OpenSSL version => %s
%ADirective => Local Value => Master Value
wserver.hook_io => 0 => 0
wserver.aliases => no value => no value
