--TEST--
Session: Workerman's API over FileSessionHandler: get/set/delete/pull/put/forget/all/flush/has/exists, saved when released (also while an exception unwinds), expiry, gc(), init(), handler errors
--EXTENSIONS--
wserver
--INI--
session.gc_maxlifetime=777
session.gc_probability=3
session.gc_divisor=9
--FILE--
<?php
use WServer\Protocols\Http;
use WServer\Protocols\Http\Session;
use WServer\Protocols\Http\Session\FileSessionHandler;

$dir = sys_get_temp_dir() . '/wserver-session-api-' . getmypid();
echo json_encode([Session::$gcProbability, Session::$lifetime, Http::sessionName()]), "\n";
Session::handlerClass(FileSessionHandler::class, ['save_path' => $dir]);
echo 'save path: ', FileSessionHandler::sessionSavePath($dir) === "$dir/" ? 'ok' : 'wrong', ' is dir: ', var_export(is_dir($dir), true), "\n";

$id = str_repeat('a1', 10);
$s = new Session($id);
$s->set('a', 1);
$s->put(['b' => 2, 'c' => null, 'd' => [1, 2]]);
$s->put('e', 'five');
echo json_encode([$s->get('a'), $s->get('c', 'dflt'), $s->has('c'), $s->exists('c'), $s->pull('b'), $s->has('b')]), "\n";
$s->delete('e');
$s->forget(['a', 'zz']);
echo json_encode($s->all()), ' id=', $s->getId() === $id ? 'same' : 'other', "\n";
unset($s);
echo 'stored: ', file_get_contents("$dir/session_$id"), "\n";

// released while an exception unwinds: still saved, the exception goes on
try {
    (function () use ($id) {
        $s = new Session($id);
        $s->set('during', 'throw');
        throw new RuntimeException('boom');
    })();
} catch (RuntimeException $e) {
    echo 'caught ', $e->getMessage(), '; stored: ', json_encode((new Session($id))->all()), "\n";
}

// objects are never built from stored data
file_put_contents("$dir/session_$id", serialize(['o' => new ArrayObject([1])]));
echo 'object: ', get_class((new Session($id))->get('o')), "\n";

// expired files read as nothing; gc() removes them
touch("$dir/session_$id", time() - 1000);
Session::$lifetime = 500;
echo 'expired: ', json_encode((new Session($id))->all()), ' file: ', file_exists("$dir/session_$id") ? 'kept' : 'removed', "\n";
file_put_contents("$dir/session_old", 'x');
touch("$dir/session_old", time() - 1000);
file_put_contents("$dir/session_new", 'y');
(new Session('b2b2b2b2b2b2b2b2b2b2'))->gc();
echo 'gc: old ', file_exists("$dir/session_old") ? 'kept' : 'removed', ', new ', file_exists("$dir/session_new") ? 'kept' : 'removed', "\n";

// a flushed session is destroyed in the store
$s = new Session('c3c3c3c3c3c3c3c3c3c3');
$s->set('x', 1);
$s->save();
echo 'saved: ', file_exists("$dir/session_c3c3c3c3c3c3c3c3c3c3") ? 'yes' : 'no';
$s->flush();
unset($s);
echo ', after flush: ', file_exists("$dir/session_c3c3c3c3c3c3c3c3c3c3") ? 'yes' : 'no', "\n";

Session::init();
echo json_encode([Session::$gcProbability, Session::$lifetime]), "\n";
echo Http::sessionName('MYSID'), ' ', Session::$name, "\n";
echo json_encode(Session::getCookieParams()), "\n";

// a Request made by hand has no connection to carry a new cookie
$req = new WServer\Protocols\Http\Request("GET / HTTP/1.1\r\nCookie: MYSID=\"$id\"\r\n\r\n");
echo 'quoted cookie: ', $req->sessionId() === $id ? 'ok' : 'wrong', ' data: ', json_encode($req->session()->all()), "\n";
try {
    (new WServer\Protocols\Http\Request("GET / HTTP/1.1\r\n\r\n"))->session();
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo json_encode(array_map([$req, 'isValidSessionId'], [$id, 'short', str_repeat('a', 257), 'abc,def-ghi_jkl0123', 123])), "\n";
unset($req); // its session ends with the file handler still in place

class NotAHandler {}
foreach (['NoSuchHandler', NotAHandler::class] as $bad) {
    Session::handlerClass($bad);
    try {
        new Session('d4d4d4d4d4d4d4d4d4d4');
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    Http::requestClass('NoSuchRequest');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
[[1,20000],1440,"PHPSID"]
save path: ok is dir: true
[1,"dflt",false,true,2,false]
{"c":null,"d":[1,2]} id=same
stored: a:2:{s:1:"c";N;s:1:"d";a:2:{i:0;i:1;i:1;i:2;}}
caught boom; stored: {"c":null,"d":[1,2],"during":"throw"}
object: __PHP_Incomplete_Class
expired: [] file: removed
gc: old removed, new kept
saved: yes, after flush: no
[[3,9],777]
MYSID MYSID
{"lifetime":0,"path":"\/","domain":"","secure":false,"httponly":false,"samesite":""}
quoted cookie: ok data: []
RuntimeException: Request->session() fail, header already send
[true,false,false,false,false]
Error: Session handler class "NoSuchHandler" not found
Error: Session handler class "NotAHandler" does not implement SessionHandlerInterface
WServer\Protocols\Http::requestClass(): Argument #1 ($className) must be WServer\Protocols\Http\Request or a class that extends it, "NoSuchRequest" is not a class
