--TEST--
Server: user/group make the workers of a server started as root run as that user after the master bound the port; a user that does not exist stops the start with a clear error
--EXTENSIONS--
wserver
pcntl
posix
--SKIPIF--
<?php
if (!function_exists('posix_geteuid') || posix_geteuid() !== 0) {
    die('skip needs root');
}
if (!posix_getpwnam('nobody') || !posix_getgrnam('nogroup')) {
    die('skip needs the user nobody and the group nogroup');
}
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 1, 'user' => 'nobody', 'group' => 'nogroup', 'log_file' => "$dir/server.log"]);
    $server->on('receive', function ($server, $fd, $r, $data) {
        $server->send($fd, json_encode([posix_getuid(), posix_geteuid(), posix_getgid(), posix_getegid(), posix_getgroups()]));
    });
    $server->start();
}, function (int $port, string $dir, int $master) {
    $c = wserver_test_connect($port);
    fwrite($c, 'who');
    [$uid, $euid, $gid, $egid, $groups] = json_decode(wserver_test_read($c, 200, 2), true);
    $nobody = posix_getpwnam('nobody')['uid'];
    $nogroup = posix_getgrnam('nogroup')['gid'];
    echo "worker runs as nobody: ", $uid === $nobody && $euid === $nobody ? 'yes' : "no ($uid $euid)", "\n";
    echo "in group nogroup: ", $gid === $nogroup && $egid === $nogroup ? 'yes' : "no ($gid $egid)", "\n";
    echo "no supplementary group of root: ", !in_array(0, $groups, true) ? 'yes' : 'no', "\n";
    echo "the master stays root: ", fileowner("/proc/$master") === 0 ? 'yes' : 'no', "\n";
});

$dir = wserver_test_dir();
$port = wserver_test_free_port();
wserver_test_app($dir, $port, <<<'PHP'
$server = new WServer\Server('127.0.0.1', {PORT});
$server->set(['user' => 'no-such-user-wserver']);
$server->on('receive', fn () => null);
$server->start();
PHP);
try {
    [$code, $out] = wserver_test_cli($dir, '');
    echo "exit code $code: ", trim($out), "\n";
    echo "nothing left on the port: ", wserver_test_port_free($port) ? 'yes' : 'no', "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
worker runs as nobody: yes
in group nogroup: yes
no supplementary group of root: yes
the master stays root: yes
exit code 1: WServer[app.php] cannot start: user "no-such-user-wserver" does not exist
nothing left on the port: yes
