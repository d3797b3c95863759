// The query key of GET /api/sbi-codes: the code list that labels a company's sector everywhere.
export const sbiCodeKeys = {
  all: ['sbi-codes'] as const,
};
