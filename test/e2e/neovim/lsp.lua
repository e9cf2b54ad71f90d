-- Neovim's own LSP client, headless, on the standalone server: opens one file, sends the requests given
-- as JSON in CLOSE_READING_REQUESTS, and prints one JSON line per answer for test/e2e/neovim.test.ts.
local server = os.getenv('CLOSE_READING_SERVER')
local file = os.getenv('CLOSE_READING_FILE')
local requests = vim.fn.json_decode(os.getenv('CLOSE_READING_REQUESTS'))

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'close-reading',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.lsp.buf_attach_client(bufnr, client_id)
local client = vim.lsp.get_client_by_id(client_id)
if not vim.wait(20000, function() return client.initialized end, 20) then
  io.stderr:write('close-reading: the server did not initialize\n')
  vim.cmd('cquit 2')
end

for _, request in ipairs(requests) do
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = request.position }
  local answers = vim.lsp.buf_request_sync(bufnr, request.method, params, 20000)
  local answer = answers and answers[client_id]
  io.stdout:write(vim.fn.json_encode({
    method = request.method,
    result = answer and answer.result or vim.NIL,
    error = answer and answer.err or vim.NIL,
  }) .. '\n')
end

vim.lsp.stop_client(client_id)
vim.cmd('qall!')
