// The rule editor's gutter of line numbers follows the text as it scrolls and grows. Without script the gutter still
// numbers the lines as saved, and the textarea works as any other.
document.querySelectorAll('.editor').forEach(function (editor) {
  var text = editor.querySelector('textarea');
  var gutter = editor.querySelector('.gutter');
  if (!text || !gutter) { return; }
  var marks = {};
  gutter.querySelectorAll('span.bad').forEach(function (s) { marks[s.textContent] = s.title; });
  function renumber() {
    var lines = text.value.split('\n').length;
    if (gutter.childElementCount === lines) { return; }
    gutter.textContent = '';
    for (var n = 1; n <= lines; n++) {
      var s = document.createElement('span');
      s.id = 'L' + n;
      s.textContent = String(n);
      if (marks[n]) { s.className = 'bad'; s.title = marks[n]; }
      gutter.appendChild(s);
      gutter.appendChild(document.createTextNode('\n'));
    }
  }
  text.addEventListener('input', renumber);
  text.addEventListener('scroll', function () { gutter.scrollTop = text.scrollTop; });
  // A link to #L12 puts line 12 at the top of the textarea and the caret on it.
  function goToHash() {
    var m = /^#L(\d+)$/.exec(location.hash);
    if (!m) { return; }
    var line = parseInt(m[1], 10);
    var lines = text.value.split('\n');
    var start = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) { start += lines[i].length + 1; }
    text.focus();
    text.setSelectionRange(start, start + (lines[line - 1] || '').length);
    var height = text.scrollHeight / Math.max(1, lines.length);
    text.scrollTop = Math.max(0, (line - 3) * height);
    gutter.scrollTop = text.scrollTop;
  }
  window.addEventListener('hashchange', goToHash);
  goToHash();
});
