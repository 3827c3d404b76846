--TEST--
Request: malformed multipart bodies give empty (or the complete parts before the damage), no warnings, no temp file left; max_file_uploads and max_input_vars bound a body
--EXTENSIONS--
wserver
--INI--
upload_tmp_dir={PWD}
max_file_uploads=2
max_input_vars=3
--FILE--
<?php
use WServer\Protocols\Http\Request;

function req(string $ct, string $body): Request
{
    return new Request("POST / HTTP/1.1\r\nHost: h\r\nContent-Type: $ct\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
}
function part(string $b, string $disp, string $body): string
{
    return "--$b\r\nContent-Disposition: form-data; $disp\r\n\r\n$body\r\n";
}
function show(string $what, Request $r): void
{
    $files = $r->file();
    array_walk_recursive($files, function (&$v, $k) { if ($k === 'tmp_name' && $v !== '') { $v = 'tmp'; } });
    echo str_pad($what, 26), json_encode($r->post()), ' ', json_encode($files), "\n";
}
$before = glob(__DIR__ . '/wserver-upload-*');
$ok = part('B', 'name="a"', 'x') . part('B', 'name="f"; filename="f.txt"', 'data') . "--B--\r\n";
show('well formed', req('multipart/form-data; boundary=B', $ok));
show('no boundary', req('multipart/form-data', $ok));
show('empty boundary', req('multipart/form-data; boundary=', $ok));
show('boundary over 70', req('multipart/form-data; boundary=' . str_repeat('B', 71), $ok));
show('other type', req('text/plain; boundary=B', $ok));
show('no delimiter', req('multipart/form-data; boundary=B', 'just bytes'));
show('empty body', req('multipart/form-data; boundary=B', ''));
show('closing only', req('multipart/form-data; boundary=B', "--B--\r\n"));
show('truncated file part', req('multipart/form-data; boundary=B', part('B', 'name="a"', 'x') . "--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f.txt\"\r\n\r\ndat"));
show('truncated delimiter', req('multipart/form-data; boundary=B', part('B', 'name="a"', 'x') . '--B'));
show('headers never end', req('multipart/form-data; boundary=B', "--B\r\nContent-Disposition: form-data; name=\"a\"\r\nx\r\n--B--"));
show('no name', req('multipart/form-data; boundary=B', part('B', 'filename="f.txt"', 'data') . "--B--"));
show('quoted boundary, padding', req('multipart/form-data; boundary="a b"', "preamble\r\n--a b \t\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\n--a bc\r\n--a b--"));
show('empty file input', req('multipart/form-data; boundary=B', part('B', "name=\"f\"; filename=\"\"\r\nContent-Type: application/octet-stream", '') . "--B--"));
$many = '';
for ($i = 0; $i < 5; $i++) {
    $many .= part('B', "name=\"v$i\"", "$i") . part('B', "name=\"f$i\"; filename=\"$i.txt\"", "$i");
}
show('over the limits', req('multipart/form-data; boundary=B', $many . '--B--'));
echo 'temp files left: ', count(array_diff(glob(__DIR__ . '/wserver-upload-*'), $before)), "\n";
try {
    (new WServer\Protocols\Http\Response())->withFile('/x', -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
well formed               {"a":"x"} {"f":{"name":"f.txt","tmp_name":"tmp","size":4,"error":0,"type":""}}
no boundary               [] []
empty boundary            [] []
boundary over 70          [] []
other type                [] []
no delimiter              [] []
empty body                [] []
closing only              [] []
truncated file part       {"a":"x"} []
truncated delimiter       [] []
headers never end         [] []
no name                   [] []
quoted boundary, padding  {"q":"--a bc"} []
empty file input          [] {"f":{"name":"","tmp_name":"","size":0,"error":4,"type":""}}
over the limits           {"v0":"0","v1":"1","v2":"2"} {"f0":{"name":"0.txt","tmp_name":"tmp","size":1,"error":0,"type":""},"f1":{"name":"1.txt","tmp_name":"tmp","size":1,"error":0,"type":""}}
temp files left: 0
WServer\Protocols\Http\Response::withFile(): Argument #2 ($offset) must be greater than or equal to 0
