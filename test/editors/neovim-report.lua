-- Run by scripts/neovim-check.sh after the configuration from docs/language-server.md: waits for
-- the WhoSaid diagnostics of the draft in the current buffer, prints them with the Neovim
-- version and the client's name, and exits 0; exits 1 if none arrive within 30 s.
local buf = vim.api.nvim_get_current_buf()
local function out(line)
  io.stdout:write(line .. '\n')
end
local v = vim.version()
out(string.format('Neovim %d.%d.%d, filetype %s', v.major, v.minor, v.patch, vim.bo[buf].filetype))
local got = vim.wait(30000, function()
  return #vim.diagnostic.get(buf) > 0
end, 100)
for _, client in pairs(vim.lsp.buf_get_clients(buf)) do
  out(string.format('client %s (id %d), root %s', client.name, client.id, client.config.root_dir))
end
if not got then
  out('no diagnostics within 30 s')
  vim.cmd('cquit 1')
end
local name = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ':t')
local diagnostics = vim.diagnostic.get(buf)
table.sort(diagnostics, function(a, b)
  return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
end)
for _, d in ipairs(diagnostics) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
  out(string.format('%s:%d:%d: %s %s %s', name, d.lnum + 1, d.col + 1, vim.diagnostic.severity[d.severity], code, d.message))
end
out(string.format('%d diagnostics', #diagnostics))
vim.cmd('qall!')
