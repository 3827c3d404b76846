<?php
// scripts/compat-apps: a controller as a webman user writes one (default route /compat/<action>).
namespace app\controller;

use support\Request;

class CompatController
{
    public function form(Request $request)
    {
        return json(['name' => $request->post('name'), 'method' => $request->method()]);
    }

    public function upload(Request $request)
    {
        $file = $request->file('f');
        if (!$file || !$file->isValid()) {
            return response('no valid file', 400);
        }
        $target = runtime_path() . '/upload-' . getmypid() . '.txt';
        $name = $file->getUploadName();
        $file->move($target);
        return json(['name' => $name, 'content' => file_get_contents($target)]);
    }

    public function session(Request $request)
    {
        $session = $request->session();
        $n = (int) $session->get('n', 0) + 1;
        $session->set('n', $n);
        return response((string) $n);
    }

    public function download(Request $request)
    {
        return response()->download(public_path() . '/compat.txt', 'report.txt');
    }
}
