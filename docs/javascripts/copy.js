// The copy button gives code that runs: a doctest block loses its prompts and its output, and a
// statement whose output is a traceback becomes a comment (pasted, it would stop the rest).
function runnable(text) {
  const lines = text.split("\n");
  if (!lines.some((line) => line.startsWith(">>> "))) return text;
  const out = [];
  let statement = [];
  let raises = false;
  const flush = () => {
    out.push(...statement.map((line) => (raises ? "# " + line : line)));
    statement = [];
    raises = false;
  };
  for (const line of lines) {
    if (line.startsWith(">>> ") || line === ">>>") {
      flush();
      statement.push(line.slice(4));
    } else if (line.startsWith("... ") || line === "...") {
      statement.push(line.slice(4));
    } else if (line.startsWith("Traceback (most recent call last)")) {
      raises = true;
    }
  }
  flush();
  return out.join("\n") + "\n";
}

// Before Material's own click handler: the text it copies is the button's data-clipboard-text.
document.addEventListener(
  "click",
  (event) => {
    const button = event.target.closest && event.target.closest("[data-md-type=copy]");
    if (!button) return;
    const code = document.querySelector(button.getAttribute("data-clipboard-target"));
    if (code) button.setAttribute("data-clipboard-text", runnable(code.innerText).trimEnd());
  },
  true,
);
