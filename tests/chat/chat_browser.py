"""Two headless Chromium tabs on the chat, for tests/chat/browser.phpt (python3-selenium).

chat_browser.py HAPROXY_URL CLUSTER_SCRIPT SHOT_DIR
Prints one line per step; screenshots go to SHOT_DIR (tab-a-*.png, tab-b-*.png).
"""
import subprocess
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

URL, CLUSTER, SHOTS = sys.argv[1], sys.argv[2], sys.argv[3]
ROOM = "browser%d" % (time.time() * 1000 % 1000000)


def wait(cond, seconds=15):
    end = time.time() + seconds
    while time.time() < end:
        v = cond()
        if v:
            return v
        time.sleep(0.1)
    return cond()


opts = Options()
for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--window-size=900,600", "--disable-background-timer-throttling",
          "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"):
    opts.add_argument(a)
opts.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
try:
    driver.set_page_load_timeout(20)
    tabs = {}

    def use(name):
        driver.switch_to.window(tabs[name])

    def js(expr):
        return driver.execute_script("return " + expr)

    def node():
        return js("window.chat && window.chat.ws && window.chat.ws.readyState === 1 ? window.chat.node : null")

    def texts():
        return [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#log li:not(.notice)")]

    def shot(name):
        path = "%s/%s.png" % (SHOTS, name)
        driver.save_screenshot(path)
        return path

    def say(text):
        box = driver.find_element(By.ID, "text")
        box.send_keys(text)
        driver.find_element(By.ID, "send").click()

    tabs["a"] = driver.current_window_handle
    driver.get(URL + "/?room=%s&nick=alice" % ROOM)
    node_a = wait(node)
    print("tab a connected:", "yes" if node_a else "no")
    driver.switch_to.new_window("tab")
    tabs["b"] = driver.current_window_handle
    node_b = None
    for attempt in range(10):  # leastconn sends the second tab elsewhere; make sure of it
        driver.get(URL + "/?room=%s&nick=bob" % ROOM)
        node_b = wait(node)
        if node_b and node_b != node_a:
            break
    print("tabs on different nodes:", "yes" if node_b and node_b != node_a else "no (%s, %s)" % (node_a, node_b))

    use("a")
    wait(lambda: not driver.find_element(By.ID, "send").get_attribute("disabled"))
    say("hello from alice")
    use("b")
    got = wait(lambda: any("hello from alice" in t for t in texts()))
    print("tab b sees what tab a sent:", "yes" if got else "no %r" % texts())
    print("screenshot", shot("tab-b-1-hello"))
    use("a")
    print("screenshot", shot("tab-a-1-hello"))

    # restart tab b's node while tab a keeps talking
    use("b")
    connects_before = js("window.chat.connects")
    restart = subprocess.Popen([CLUSTER, "restart", node_b], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    use("a")
    sent = []
    # typed into the page by script (one round trip each): before, while and after tab b is away
    for i in range(200):
        if restart.poll() is not None and len(sent) >= 10:
            break
        if js("!document.getElementById('send').disabled"):
            sent.append("meanwhile %d" % i)
            driver.execute_script("document.getElementById('text').value = arguments[0];"
                                  "document.getElementById('send').click();", sent[-1])
        time.sleep(0.1)
    out = restart.communicate(timeout=30)[0].decode().strip()
    print("restart:", "ok" if restart.returncode == 0 else "failed: " + out)
    use("b")
    wait(lambda: node() and any(sent[-1] in t for t in texts()) if sent else False, 20)
    got = [t.split(": ", 1)[1] for t in texts() if t.startswith("alice: meanwhile")]
    print("tab b reconnected by itself:", "yes" if js("window.chat.connects") > connects_before else "no")
    # which node it lands on is a race between its retry (0.2 s) and the restart: either is right
    print("tab b connected again:", "yes (%s)" % ("another node" if node() != node_b else "the restarted node")
          if node() else "no")
    print("tab b got everything tab a sent meanwhile, once, in order:",
          "yes" if got == sent and sent else "no: sent %r got %r" % (sent, got))
    print("some of it replayed on reconnect:", "yes" if js("window.chat.replayed") > 0 else "no")
    print("screenshot", shot("tab-b-2-after-restart"))
    use("a")
    print("screenshot", shot("tab-a-2-after-restart"))
finally:
    driver.quit()
