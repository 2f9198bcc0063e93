// The operator's write token (Auth__Token) for saving and deleting scenarios: asked once per session and kept
// in sessionStorage; and what a failed write means for a planner.
import { ApiError } from './api';

const TOKEN_KEY = 'hanyang.writeToken';

export function storedToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    /* storage disabled: the planner types the token again next time */
  }
}

/** What a failed write (保存 or 删除) means for a planner. */
export function writeError(e: unknown, action: '保存' | '删除'): string {
  if (e instanceof ApiError) {
    if (e.status === 403) return '服务器未开启写入：请运维在启动服务时设置写入口令（环境变量 Auth__Token）后重试。';
    if (e.status === 401) return '写入口令不正确，请重新输入。';
    return `${action}失败（HTTP ${e.status}）：${e.title}${e.detail ? `——${e.detail}` : ''}`;
  }
  return `${action}失败：${e instanceof Error ? e.message : String(e)}`;
}
